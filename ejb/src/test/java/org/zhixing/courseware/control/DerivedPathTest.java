package org.zhixing.courseware.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivedPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"hls/master.m3u8", "hls/360p/seg-00001.ts", "poster.jpg", "hls/240p/init_0.m4s"})
  void plainRelativeNamesAreAccepted(String path) {
    assertThat(DerivedPath.parse(path)).hasValueSatisfying(p -> assertThat(p).hasToString(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "/etc/passwd", "../x", "hls/../../blobs", "hls/..", "./hls", "hls//a.ts", "hls/", ".hidden", "hls\\..\\x",
      "a\u0000b", "hls/%2e%2e/x", "C:x", "hls/a b.ts", "a/b/c/d/e/f/g/h/i"})
  void anythingElseIsRefused(String path) {
    assertThat(DerivedPath.parse(path)).isEmpty();
  }
}
