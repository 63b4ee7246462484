package org.zhixing.policy.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text out of an uploaded document with Apache Tika. The type is sniffed from the bytes, never taken from the
 * file name, and every way a file can fail to give text ends in its own named problem.
 */
@ApplicationScoped
public class DocumentTextExtractor {

  /** Uploads above this are refused before parsing. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final int MAX_CHARS = 2_000_000;
  /** Fewer visible characters than this means there is no real text, e.g. a scan that only has page numbers. */
  private static final int MIN_TEXT_CHARS = 20;
  private static final Set<String> ACCEPTED =
      Set.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword",
          "text/html",
          "application/xhtml+xml",
          "text/plain");

  /** How Tika names a Word file with a password: detected as such before any parsing. */
  private static final String PROTECTED_OFFICE = "application/x-tika-ooxml-protected";

  private final AutoDetectParser parser = new AutoDetectParser();

  public ExtractedText extract(byte[] content, String fileName) {
    if (content.length > MAX_BYTES) {
      throw new DocumentTooLargeException(String.valueOf(MAX_BYTES));
    }
    MediaType type = detect(content, fileName);
    if (PROTECTED_OFFICE.equals(type.getBaseType().toString())) {
      throw new EncryptedDocumentException(fileName);
    }
    if (!ACCEPTED.contains(type.getBaseType().toString())) {
      throw new UnsupportedDocumentTypeException(type.getBaseType().toString());
    }
    String text = parse(content, fileName);
    if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_TEXT_CHARS) {
      throw new UnreadableDocumentException(fileName);
    }
    return new ExtractedText(type.getBaseType().toString(), normalize(text));
  }

  private MediaType detect(byte[] content, String fileName) {
    Detector detector = parser.getDetector();
    try (InputStream in = TikaInputStream.get(content)) {
      return detector.detect(in, new Metadata());
    } catch (IOException e) {
      throw new CorruptDocumentException(fileName);
    }
  }

  private String parse(byte[] content, String fileName) {
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    try (InputStream in = TikaInputStream.get(content)) {
      parser.parse(in, handler, new Metadata(), new ParseContext());
      return handler.toString();
    } catch (org.apache.tika.exception.EncryptedDocumentException e) {
      throw new EncryptedDocumentException(fileName);
    } catch (TikaException | SAXException | IOException e) {
      throw new CorruptDocumentException(fileName);
    }
  }

  /** Lines stripped, runs of blank lines folded to one paragraph break. */
  static String normalize(String text) {
    return text.lines()
        .map(String::strip)
        .reduce(new StringBuilder(), DocumentTextExtractor::appendLine, StringBuilder::append)
        .toString()
        .strip();
  }

  private static StringBuilder appendLine(StringBuilder out, String line) {
    if (!line.isEmpty()) {
      out.append(line).append('\n');
    }
    return out;
  }

  /** The text of a document and the type its bytes turned out to be. */
  public record ExtractedText(String mediaType, String text) {}
}
