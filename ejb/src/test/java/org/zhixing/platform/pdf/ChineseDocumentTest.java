package org.zhixing.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChineseDocumentTest {

  @Test
  void textReadsBackAsWrittenLatinLetterPairsAndIdeographsAlike() throws IOException {
    String written = "证书课程·1da2ff office fifty 一月 日行";
    byte[] pdf;
    try (ChineseDocument document = new ChineseDocument("测试", "知行")) {
      document.line(12, 0, written);
      pdf = document.bytes();
    }
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(read).strip()).isEqualTo(written);
    }
  }
}
