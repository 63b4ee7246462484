package org.zhixing.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhixing.certificate.entity.Certificate;
import org.zhixing.certificate.entity.CertificateNumber;

class CertificatePdfTest {

  private static final Certificate CERTIFICATE = new Certificate(new CertificateNumber(2026, 48213907), "learner",
      "彭松宇", "411627101201", 3, "乡村振兴政策解读（第一讲）", new BigDecimal("2.0"),
      Instant.parse("2026-11-24T16:30:00Z"), Instant.parse("2026-11-24T16:31:00Z"));

  @Test
  void theCertificateSaysWhoCompletedWhatInChineseWithAnEmbeddedSubsetFont() throws IOException {
    byte[] pdf = CertificatePdf.render(CERTIFICATE, "https://zhixing.example/verify/" + CERTIFICATE.number());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replace("\n", "");
      assertThat(text).contains("结 业 证 书", "彭松宇同志", "《乡村振兴政策解读（第一讲）》", "2 学时", CERTIFICATE.number());
      assertThat(text).as("characters as shown, not look-alike Kangxi radicals").contains("一", "日", "行")
          .doesNotContain("⼀", "⽇", "⾏");
      assertThat(text).as("the date is China's: 00:30 on the 25th there").contains("2026年11月25日");
      PDFont font = document.getPage(0).getResources().getFont(
          document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).as("a subset carries a six-letter tag").matches("[A-Z]{6}\\+.*");
    }
    assertThat(pdf.length).as("a subset, not the 10.6 MB font").isLessThan(200_000);
  }

  @Test
  void aRevokedCertificateSaysSoWithItsReason() throws IOException {
    Certificate revoked = new Certificate(new CertificateNumber(2026, 1), "learner", "王建国", null, 4, "课程",
        BigDecimal.ONE, Instant.now(), Instant.now());
    revoked.revoke("考试舞弊\n经核实", "taikang-admin", Instant.now());

    try (PDDocument document = Loader.loadPDF(CertificatePdf.render(revoked, "http://localhost/verify/x"))) {
      assertThat(new PDFTextStripper().getText(document)).contains("【已撤销】考试舞弊 经核实");
    }
  }
}
