package org.zhixing.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.policy.control.DocumentTextExtractor.ExtractedText;

/** Every document here is generated in the test; nothing binary is checked in. */
class DocumentTextExtractorTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String PINYIN =
      "Guanyu jinyibu jiaqiang nongcun renju huanjing zhengzhi gongzuo de tongzhi";

  private final DocumentTextExtractor extractor = new DocumentTextExtractor();

  // ---- happy paths -------------------------------------------------------------------------

  @Test
  void docxWithChineseParagraphsGivesItsText() throws IOException {
    byte[] docx = docx("关于进一步加强农村人居环境整治工作的通知", "各乡镇人民政府，县直各有关单位：现将有关事项通知如下。");

    ExtractedText extracted = extractor.extract(docx, "通知.docx");

    assertThat(extracted.mediaType()).isEqualTo(DOCX);
    assertThat(extracted.text())
        .contains("关于进一步加强农村人居环境整治工作的通知")
        .contains("各乡镇人民政府，县直各有关单位：现将有关事项通知如下。");
  }

  @Test
  void pdfWithATextLayerGivesItsText() throws IOException {
    byte[] pdf = pdf(PINYIN, "Xian zhi ge youguan danwei: xian jiang youguan shixiang tongzhi ruxia.");

    ExtractedText extracted = extractor.extract(pdf, "tongzhi.pdf");

    assertThat(extracted.mediaType()).isEqualTo("application/pdf");
    assertThat(extracted.text()).contains(PINYIN).contains("youguan shixiang tongzhi ruxia");
  }

  @Test
  void htmlGivesTheTextWithoutTags() {
    String html =
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>通知</title></head>
        <body><h1>关于进一步加强农村人居环境整治工作的通知</h1>
        <p>各乡镇人民政府，<b>县直各有关单位</b>：现将有关事项通知如下。</p></body></html>
        """;

    ExtractedText extracted = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "通知.html");

    assertThat(extracted.mediaType()).isEqualTo("text/html");
    assertThat(extracted.text())
        .contains("关于进一步加强农村人居环境整治工作的通知")
        .contains("各乡镇人民政府，县直各有关单位：现将有关事项通知如下。")
        .doesNotContain("<")
        .doesNotContain(">");
  }

  @Test
  void utf8PlainTextGivesItsText() {
    String txt = "关于进一步加强农村人居环境整治工作的通知\n\n\n  各乡镇人民政府，县直各有关单位：现将有关事项通知如下。  \n";

    ExtractedText extracted = extractor.extract(txt.getBytes(StandardCharsets.UTF_8), "通知.txt");

    assertThat(extracted.mediaType()).isEqualTo("text/plain");
    assertThat(extracted.text())
        .isEqualTo("关于进一步加强农村人居环境整治工作的通知\n各乡镇人民政府，县直各有关单位：现将有关事项通知如下。");
  }

  // ---- documents that give no text --------------------------------------------------------

  @Test
  void pdfWithoutAnyTextIsUnreadable() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      pdf = save(doc);
    }

    assertThatThrownBy(() -> extractor.extract(pdf, "scan.pdf"))
        .isInstanceOf(UnreadableDocumentException.class);
  }

  @Test
  void encryptedPdfIsReportedAsEncrypted() throws IOException {
    byte[] pdf;
    try (PDDocument doc = pdfDocument(PINYIN)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      pdf = save(doc);
    }

    assertThatThrownBy(() -> extractor.extract(pdf, "secret.pdf"))
        .isExactlyInstanceOf(EncryptedDocumentException.class)
        .isInstanceOf(DomainException.class);
  }

  @Test
  void truncatedDocxIsCorrupt() throws IOException {
    byte[] docx = docx("关于进一步加强农村人居环境整治工作的通知", "各乡镇人民政府，县直各有关单位：现将有关事项通知如下。");
    byte[] half = Arrays.copyOf(docx, docx.length / 2);

    Throwable thrown = catchThrowable(() -> extractor.extract(half, "通知.docx"));

    assertThat(thrown).isInstanceOf(DomainException.class).isExactlyInstanceOf(CorruptDocumentException.class);
  }

  @Test
  void pdfHeaderFollowedByGarbageIsCorrupt() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, garbage, 0, header.length);

    Throwable thrown = catchThrowable(() -> extractor.extract(garbage, "broken.pdf"));

    assertThat(thrown).isInstanceOf(DomainException.class).isExactlyInstanceOf(CorruptDocumentException.class);
  }

  // ---- types the library does not take ----------------------------------------------------

  @Test
  void pngIsUnsupportedWhateverItsName() {
    byte[] png = new byte[64];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(signature, 0, png, 0, signature.length);

    assertThatThrownBy(() -> extractor.extract(png, "x.pdf"))
        .isExactlyInstanceOf(UnsupportedDocumentTypeException.class)
        .hasMessageContaining("image/png");
  }

  @Test
  void zipThatIsNoOfficeFileIsUnsupportedWhateverItsName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("关于进一步加强农村人居环境整治工作的通知，各乡镇人民政府。".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("data/numbers.csv"));
      zip.write("1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> extractor.extract(bytes.toByteArray(), "x.pdf"))
        .isExactlyInstanceOf(UnsupportedDocumentTypeException.class)
        .hasMessageContaining("application/zip");
  }

  @Test
  void documentAboveTheLimitIsTooLarge() {
    byte[] huge = new byte[DocumentTextExtractor.MAX_BYTES + 1];

    assertThatThrownBy(() -> extractor.extract(huge, "huge.pdf"))
        .isExactlyInstanceOf(DocumentTooLargeException.class);
  }

  @Test
  void documentExactlyAtTheLimitIsNotRefusedForItsSize() {
    byte[] atLimit = new byte[DocumentTextExtractor.MAX_BYTES];

    Throwable thrown = catchThrowable(() -> extractor.extract(atLimit, "zeros.bin"));

    assertThat(thrown).isNotInstanceOf(DocumentTooLargeException.class);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(String... lines) throws IOException {
    try (PDDocument doc = pdfDocument(lines)) {
      return save(doc);
    }
  }

  private static PDDocument pdfDocument(String... lines) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.setLeading(16);
      content.newLineAtOffset(50, 700);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
    return doc;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
