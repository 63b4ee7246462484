package org.zhixing.courseware.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhixing.courseware.entity.AssetKind;

class UploadLimitsTest {

  private static final long MB = 1024L * 1024;
  private final UploadLimits limits = UploadLimits.DEFAULTS;

  @Test
  void theLargestKindIsTheProtocolMaximum() {
    assertThat(limits.max()).isEqualTo(4096 * MB);
  }

  @Test
  void creationRefusesWhatNoKindAllows() {
    assertThatThrownBy(() -> limits.checkAnnounced(4096 * MB + 1, Optional.empty()))
        .isInstanceOf(UploadExceedsMaxSizeException.class);
  }

  @Test
  void creationRefusesWhatTheDeclaredKindDoesNotAllow() {
    assertThatThrownBy(() -> limits.checkAnnounced(201 * MB, Optional.of(AssetKind.PDF)))
        .isInstanceOf(UploadTooLargeException.class);
    assertThatCode(() -> limits.checkAnnounced(201 * MB, Optional.of(AssetKind.VIDEO))).doesNotThrowAnyException();
  }

  @Test
  void theSniffedKindDecidesAtTheEnd() {
    assertThatThrownBy(() -> limits.check(AssetKind.IMAGE, 20 * MB + 1)).isInstanceOf(UploadTooLargeException.class);
    assertThatCode(() -> limits.check(AssetKind.IMAGE, 20 * MB)).doesNotThrowAnyException();
  }

  @Test
  void sizesReadWithUnits() {
    assertThat(UploadLimits.parseSize("200MB")).isEqualTo(200 * MB);
    assertThat(UploadLimits.parseSize("4 GB")).isEqualTo(4096 * MB);
    assertThat(UploadLimits.parseSize("1500")).isEqualTo(1500);
  }
}
