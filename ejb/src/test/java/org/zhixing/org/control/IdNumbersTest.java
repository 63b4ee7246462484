package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void acceptsTheStandardsWorkedExample() {
    // GB 11643-1999's example: 11010519491231002X, a woman born 1949-12-31 in Beijing
    assertThat(IdNumbers.isValid("11010519491231002X", TODAY)).isTrue();
    assertThat(IdNumbers.isMale("11010519491231002X")).isFalse();
  }

  @Test
  void acceptsALowerCaseCheckCharacterOnceNormalized() {
    assertThat(IdNumbers.isValid(IdNumbers.normalize(" 11010519491231002x "), TODAY)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "110105194912310021", // wrong check character
    "11010519491231002", // too short
    "1101051949123100211", // too long
    "01010519491231002X", // starts with 0
    "1101051949123100A2", // a letter inside
  })
  void refusesMalformedNumbers(String number) {
    assertThat(IdNumbers.isValid(number, TODAY)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "11010519490230002", // 30 February
    "11010520300101001", // born in the future
    "11010518991231002", // before 1900
  })
  void refusesImpossibleBirthDatesEvenWithARightCheckCharacter(String first17) {
    String number = first17 + IdNumbers.checkCharacter(first17);
    assertThat(IdNumbers.isValid(number, TODAY)).isFalse();
  }

  @Test
  void everySingleDigitTypoIsCaught() {
    String valid = "11010519491231002X";
    var random = new Random(7);
    for (int i = 0; i < 500; i++) {
      int at = random.nextInt(17);
      char other = (char) ('0' + (valid.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
      String typo = valid.substring(0, at) + other + valid.substring(at + 1);
      assertThat(IdNumbers.checkCharacter(typo)).as(typo).isNotEqualTo('X');
    }
  }

  @Test
  void masksAllButTheLastFour() {
    assertThat(IdNumbers.masked("11010519491231002X")).isEqualTo("**************002X");
  }

  @Test
  void recognisesTheMaskOfAnExportedNumberAndOnlyThat() {
    assertThat(IdNumbers.maskedTail("002X")).isEqualTo(IdNumbers.masked("11010519491231002X"));
    assertThat(IdNumbers.isMasked("**************002X")).isTrue();
    assertThat(IdNumbers.isMasked("****************")).isTrue();
    assertThat(IdNumbers.isMasked("110105********002X")).isFalse();
    assertThat(IdNumbers.isMasked("11010519491231002X")).isFalse();
    assertThat(IdNumbers.isMasked("*")).isFalse();
  }
}
