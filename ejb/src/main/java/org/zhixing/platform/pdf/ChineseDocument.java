package org.zhixing.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 document written top to bottom in Chinese: text placed at a point or centred, text that flows down the page
 * and onto the next one, and filled boxes (rules, QR modules). Coordinates are PDF points from the page's bottom left.
 * Everything a PDF needs from PDFBox stays in here, so features only say what goes on the page.
 */
public final class ChineseDocument implements AutoCloseable {

  public static final float WIDTH = PDRectangle.A4.getWidth();
  public static final float HEIGHT = PDRectangle.A4.getHeight();
  public static final float MARGIN = 56;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font = ChineseFont.loadInto(document);
  private final ToUnicodeMap characters = new ToUnicodeMap();
  private PDPageContentStream content;
  private float cursor;

  public ChineseDocument(String title, String author) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator("知行 Zhixing");
    newPage();
  }

  public void newPage() {
    try {
      closePage();
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      cursor = HEIGHT - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public float widthOf(String text, float size) {
    try {
      return font.getStringWidth(printable(text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void text(float x, float y, float size, String text) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      String shown = printable(text);
      content.showText(shown);
      remember(shown);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void centered(float y, float size, String text) {
    text((WIDTH - widthOf(text, size)) / 2, y, size, text);
  }

  public void box(float x, float y, float width, float height) {
    try {
      content.addRect(x, y, width, height);
      content.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A filled box in a colour (a chart's bar), leaving the colour of what follows black. */
  public void box(float x, float y, float width, float height, Color color) {
    try {
      content.setNonStrokingColor(color);
      box(x, y, width, height);
      content.setNonStrokingColor(Color.BLACK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Takes {@code height} points at the flowing cursor for something drawn by coordinates (a chart's row), on a new
   * page if they do not fit on this one, and answers the bottom of that space.
   */
  public float reserve(float height) {
    if (cursor - height < MARGIN) {
      newPage();
    }
    cursor -= height;
    return cursor;
  }

  /** Writes a line at the flowing cursor, {@code indent} from the left margin, starting a new page when full. */
  public void line(float size, float indent, String text) {
    float height = size * 1.6f;
    if (cursor - height < MARGIN) {
      newPage();
    }
    cursor -= height;
    text(MARGIN + indent, cursor, size, text);
  }

  /**
   * Writes a paragraph at the flowing cursor, broken into lines no wider than {@code width}. Chinese has no spaces to
   * break at, so lines break between any two characters.
   */
  public void paragraph(float size, float indent, float width, String text) {
    var line = new StringBuilder();
    for (int cp : text.codePoints().toArray()) {
      String next = line + Character.toString(cp);
      if (!line.isEmpty() && widthOf(next, size) > width) {
        line(size, indent, line.toString());
        line.setLength(0);
      }
      line.appendCodePoint(cp);
    }
    if (!line.isEmpty()) {
      line(size, indent, line.toString());
    }
  }

  /** Moves the flowing cursor to {@code y}. */
  public void moveTo(float y) {
    cursor = y;
  }

  /** Leaves {@code points} of space at the flowing cursor. */
  public void skip(float points) {
    cursor -= points;
  }

  /** A font has no glyph for line breaks or tabs: PDFBox would refuse the whole text. */
  private static String printable(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }

  /** Identity-H: each character is shown as the two-byte id of its glyph. */
  private void remember(String shown) throws IOException {
    for (int codePoint : shown.codePoints().toArray()) {
      byte[] code = font.encode(Character.toString(codePoint));
      characters.shown((code[0] & 0xff) << 8 | code[1] & 0xff, codePoint);
    }
  }

  /**
   * The finished file. The font is subset to the glyphs used here when PDFBox saves; then the file is read back once
   * to give the font the characters actually shown as its {@code ToUnicode} map (see {@link ToUnicodeMap}).
   */
  public byte[] bytes() {
    try {
      closePage();
      var subset = new ByteArrayOutputStream();
      document.save(subset);
      try (PDDocument saved = Loader.loadPDF(subset.toByteArray())) {
        PDResources resources = saved.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
          resources.getFont(name).getCOSObject().setItem(COSName.TO_UNICODE,
              new PDStream(saved, new ByteArrayInputStream(characters.cmap()), COSName.FLATE_DECODE));
        }
        var out = new ByteArrayOutputStream();
        saved.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closePage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  @Override
  public void close() {
    try {
      closePage();
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
