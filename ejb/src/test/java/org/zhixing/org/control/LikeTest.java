package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void plainTextIsLeftAsItIs() {
    assertThat(Like.escape("大王庄")).isEqualTo("大王庄");
  }

  @Test
  void percentAndUnderscoreAreEscaped() {
    assertThat(Like.escape("100%_done")).isEqualTo("100\\%\\_done");
  }

  @Test
  void escapeCharacterIsEscapedFirstSoItIsNotDoubled() {
    assertThat(Like.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(Like.escape("\\%")).isEqualTo("\\\\\\%");
  }

  @Test
  void containingWrapsTheEscapedTextInWildcards() {
    assertThat(Like.containing("王_")).isEqualTo("%王\\_%");
    assertThat(Like.containing("")).isEqualTo("%%");
  }

  @Test
  void escapeCharacterIsTheBackslash() {
    assertThat(Like.ESCAPE).isEqualTo('\\');
  }
}
