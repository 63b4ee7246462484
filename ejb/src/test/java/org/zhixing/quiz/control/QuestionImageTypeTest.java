package org.zhixing.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuestionImageTypeTest {

  @Test
  void pngJpegAndWebpAreToldByTheirFirstBytes() {
    assertThat(QuestionImageType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}))
        .hasValue("image/png");
    assertThat(QuestionImageType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).hasValue("image/jpeg");
    assertThat(QuestionImageType.of("RIFF\u0000\u0001\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
        .hasValue("image/webp");
  }

  @Test
  void otherFilesAreNotPictures() {
    assertThat(QuestionImageType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(QuestionImageType.of("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(QuestionImageType.of("RIFF....WAVE".getBytes(StandardCharsets.US_ASCII))).as("a RIFF that is sound").isEmpty();
    assertThat(QuestionImageType.of(new byte[] {(byte) 0x89, 'P'})).as("too short").isEmpty();
    assertThat(QuestionImageType.of(new byte[0])).isEmpty();
  }
}
