package org.zhixing.courseware.upload.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumableUploadTest {

  private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);

  private final ResumableUpload upload = new ResumableUpload("trainer", 100, UploadMetadata.none(), T0, DAY);

  @Test
  void everyChunkMovesTheExpiryForward() {
    upload.advanceTo(40, T0.plus(Duration.ofHours(20)), DAY);

    assertThat(upload.isExpired(T0.plus(DAY))).isFalse();
    assertThat(upload.isExpired(T0.plus(Duration.ofHours(44)))).isTrue();
  }

  @Test
  void offsetsNeverGoBackOrPastTheLength() {
    upload.advanceTo(40, T0, DAY);

    assertThatThrownBy(() -> upload.advanceTo(30, T0, DAY)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> upload.advanceTo(101, T0, DAY)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyAFullyReceivedUploadEnds() {
    assertThatThrownBy(() -> upload.reject("truncated-media", List.of("a", "b"), T0))
        .isInstanceOf(IllegalStateException.class);

    upload.advanceTo(100, T0, DAY);
    upload.reject("truncated-media", List.of("a.mp4", "no moov"), T0);

    assertThat(upload.status()).isEqualTo(UploadStatus.REJECTED);
    assertThat(upload.problemArguments()).containsExactly("a.mp4", "no moov");
    assertThat(upload.isExpired(T0.plus(Duration.ofDays(30)))).as("finished uploads do not expire").isFalse();
  }

  @Test
  void belongsToItsOwnerOnly() {
    assertThat(upload.isOwnedBy("trainer")).isTrue();
    assertThat(upload.isOwnedBy("taikang-admin")).isFalse();
  }
}
