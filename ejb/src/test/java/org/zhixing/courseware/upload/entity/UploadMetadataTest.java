package org.zhixing.courseware.upload.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UploadMetadataTest {

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsPairsWithChineseValuesAndKeysWithoutValue() {
    UploadMetadata metadata =
        UploadMetadata.parse("filename " + b64("五星支部创建.mp4") + ",filetype " + b64("video/mp4") + ",is_confidential");

    assertThat(metadata.fileName()).isEqualTo("五星支部创建.mp4");
    assertThat(metadata.declaredType()).contains("video/mp4");
    assertThat(metadata.values()).containsKey("is_confidential");
    assertThat(metadata.get("is_confidential")).isEmpty();
  }

  @Test
  void keepsTheHeaderAsSentToGiveItBackOnHead() {
    String header = "filename " + b64("a.pdf");
    assertThat(UploadMetadata.parse(header).header()).isEqualTo(header);
    assertThat(UploadMetadata.parse(null).header()).isNull();
  }

  @Test
  void fileNameLosesFoldersAndControlCharacters() {
    assertThat(UploadMetadata.parse("filename " + b64("C:\\Users\\王\\..\\课件\u0007.pdf")).fileName()).isEqualTo("课件.pdf");
    assertThat(UploadMetadata.parse("filename " + b64("../../etc/passwd")).fileName()).isEqualTo("passwd");
    assertThat(UploadMetadata.none().fileName()).isEqualTo("upload");
  }

  @Test
  void refusesValuesThatAreNotBase64() {
    assertThatThrownBy(() -> UploadMetadata.parse("filename not*base64"))
        .isInstanceOf(InvalidUploadMetadataException.class);
  }

  @Test
  void refusesKeysGivenTwiceAndEmptyPairs() {
    assertThatThrownBy(() -> UploadMetadata.parse("a " + b64("1") + ",a " + b64("2")))
        .isInstanceOf(InvalidUploadMetadataException.class);
    assertThatThrownBy(() -> UploadMetadata.parse("a " + b64("1") + ",,b " + b64("2")))
        .isInstanceOf(InvalidUploadMetadataException.class);
  }

  @Test
  void refusesAHeaderLongerThanTheColumn() {
    assertThatThrownBy(() -> UploadMetadata.parse("k " + "A".repeat(UploadMetadata.MAX_HEADER_LENGTH)))
        .isInstanceOf(InvalidUploadMetadataException.class);
  }
}
