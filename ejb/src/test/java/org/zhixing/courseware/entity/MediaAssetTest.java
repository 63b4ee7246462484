package org.zhixing.courseware.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

  private static final MediaAsset.StoredBytes BYTES = new MediaAsset.StoredBytes("a".repeat(64), 1234);
  private static final MediaAsset.Owner TAIKANG = new MediaAsset.Owner("411627000000", "/411600000000/411627000000/");

  @Test
  void videoStartsProcessingAndPdfIsReadyAtOnce() {
    assertThat(asset(AssetKind.VIDEO).status()).isEqualTo(ProcessingStatus.PROCESSING);
    assertThat(asset(AssetKind.PDF).status()).isEqualTo(ProcessingStatus.READY);
  }

  @Test
  void processingRecordsTheLadder() {
    MediaAsset video = asset(AssetKind.VIDEO);
    video.processed(61.5, null, List.of("240p", "360p", "720p"));
    assertThat(video.status()).isEqualTo(ProcessingStatus.READY);
    assertThat(video.hlsReady()).isTrue();
    assertThat(video.hlsRenditions()).containsExactly("240p", "360p", "720p");
    assertThat(video.durationSeconds()).contains(61.5);
  }

  @Test
  void aFailureKeepsAShortMessage() {
    MediaAsset video = asset(AssetKind.VIDEO);
    video.failed("x".repeat(2000));
    assertThat(video.status()).isEqualTo(ProcessingStatus.FAILED);
    assertThat(video.statusMessage()).hasValueSatisfying(m -> assertThat(m).hasSize(500));
    assertThat(video.hlsReady()).isFalse();
  }

  @Test
  void ownershipIsBySubtree() {
    MediaAsset asset = asset(AssetKind.PDF);
    assertThat(asset.ownedWithin("/411600000000/")).isTrue();
    assertThat(asset.ownedWithin("/411600000000/411627000000/")).isTrue();
    assertThat(asset.ownedWithin("/411600000000/411625000000/")).isFalse();
  }

  @Test
  void kindsFollowMediaTypes() {
    assertThat(AssetKind.of("video/mp4")).contains(AssetKind.VIDEO);
    assertThat(AssetKind.of("application/pdf")).contains(AssetKind.PDF);
    assertThat(AssetKind.of("TEXT/HTML")).contains(AssetKind.HTML);
    assertThat(AssetKind.of("application/zip")).isEmpty();
  }

  @Test
  void blankNamesAreRefused() {
    assertThatThrownBy(() -> new MediaAsset(BYTES, "video/mp4", AssetKind.VIDEO, " ", TAIKANG, "trainer", Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MediaAsset asset(AssetKind kind) {
    return new MediaAsset(BYTES, "video/mp4", kind, "第一课.mp4", TAIKANG, "trainer", Instant.parse("2026-11-25T08:00:00Z"));
  }
}
