package org.zhixing.courseware.upload.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaKindTest {

  @Test
  void kindsComeFromTheMediaType() {
    assertThat(MediaKind.of("video/mp4")).contains(MediaKind.VIDEO);
    assertThat(MediaKind.of("video/webm")).contains(MediaKind.VIDEO);
    assertThat(MediaKind.of("audio/mpeg")).contains(MediaKind.AUDIO);
    assertThat(MediaKind.of("application/pdf")).contains(MediaKind.PDF);
    assertThat(MediaKind.of("text/html")).contains(MediaKind.HTML);
    assertThat(MediaKind.of("image/png")).contains(MediaKind.IMAGE);
  }

  @Test
  void scriptableAndUnknownTypesAreNoCourseware() {
    assertThat(MediaKind.of("image/svg+xml")).isEmpty();
    assertThat(MediaKind.of("text/plain")).isEmpty();
    assertThat(MediaKind.of("application/zip")).isEmpty();
    assertThat(MediaKind.of("application/octet-stream")).isEmpty();
  }
}
