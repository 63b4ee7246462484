package org.zhixing.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

  private final OneTimeCodes codes = new OneTimeCodes();

  @Test
  void codesHaveTenCharactersWithoutLookAlikes() {
    for (int i = 0; i < 1000; i++) {
      assertThat(codes.next()).hasSize(10).doesNotContainAnyWhitespaces().matches("[2-9a-zA-Z]+")
          .doesNotContain("0", "1", "O", "o", "l", "I", "i");
    }
  }

  @Test
  void codesDoNotRepeat() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(codes.next())).isTrue();
    }
  }

  @Test
  void everyCharacterOfTheAlphabetTurnsUp() {
    var used = new HashSet<Character>();
    for (int i = 0; i < 2000; i++) {
      codes.next().chars().forEach(c -> used.add((char) c));
    }
    assertThat(used).hasSize(OneTimeCodes.ALPHABET.length());
  }
}
