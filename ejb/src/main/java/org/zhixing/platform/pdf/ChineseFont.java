package org.zhixing.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC for PDFs. Readers without Chinese fonts (and PDF/A checkers) need the glyphs inside the file, so the
 * font is embedded, but only as a subset of the characters the document uses: a certificate carries a few dozen
 * glyphs (tens of KB), not the 10.6 MB font. The file's bytes are read once and shared; each document parses its own
 * font object, since PDFBox's font objects belong to one document.
 */
public final class ChineseFont {

  private static final String RESOURCE = "NotoSansSC-Regular.ttf";

  private ChineseFont() {}

  /** The font, to be embedded as a subset into {@code document} when it is saved. */
  public static PDType0Font loadInto(PDDocument document) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.FONT));
      // PDFBox would otherwise set Latin pairs (ff, fi, ft …) as one ligature glyph that no character maps back to:
      // copying, searching and extracting the text would lose both letters
      font.setEnableGsub(false);
      return PDType0Font.load(document, font, true);
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded Chinese font could not be read", e);
    }
  }

  /** Loaded on first use: the holder idiom keeps the 10.6 MB out of memory until a PDF is written. */
  private static final class Bytes {
    static final byte[] FONT = read();

    private static byte[] read() {
      try (InputStream in = ChineseFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing: the build fetches it (ejb/src/main/fonts/fetch.sh)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
      }
    }
  }
}
