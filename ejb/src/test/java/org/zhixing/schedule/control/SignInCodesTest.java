package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignInCodesTest {

  private static final byte[] KEY = filled(7);
  private static final Instant SHOWN = Instant.parse("2026-12-01T01:00:05Z");

  @Test
  void aCodeIsAcceptedInItsWindowAndTheNext() {
    String code = at(SHOWN).current(42).code();

    assertThat(at(SHOWN.plusSeconds(20)).verify(code).occurrenceId()).isEqualTo(42);
    assertThat(at(SHOWN.plusSeconds(54)).verify(code).occurrenceId()).isEqualTo(42);
  }

  @Test
  void signInRejectsACodeSentOnAnHourLater() {
    String code = at(SHOWN).current(42).code();

    assertThatThrownBy(() -> at(SHOWN.plus(Duration.ofHours(1))).verify(code)).isInstanceOf(SignInCodeExpiredException.class);
    assertThatThrownBy(() -> at(SHOWN.plusSeconds(60)).verify(code)).isInstanceOf(SignInCodeExpiredException.class);
  }

  @Test
  void aCodeFromTheFutureIsNotAccepted() {
    String code = at(SHOWN.plusSeconds(120)).current(42).code();

    assertThatThrownBy(() -> at(SHOWN).verify(code)).isInstanceOf(SignInCodeExpiredException.class);
  }

  @Test
  void aCodeForAnotherOccurrenceOrWithAnAlteredSignatureIsInvalid() {
    String code = at(SHOWN).current(42).code();
    String otherOccurrence = "1b" + code.substring(code.indexOf('~'));
    int middle = code.lastIndexOf('~') + 10;
    String altered = code.substring(0, middle) + (code.charAt(middle) == 'A' ? 'B' : 'A') + code.substring(middle + 1);

    assertThatThrownBy(() -> at(SHOWN).verify(otherOccurrence)).isInstanceOf(SignInCodeInvalidException.class);
    assertThatThrownBy(() -> at(SHOWN).verify(altered)).isInstanceOf(SignInCodeInvalidException.class);
    assertThatThrownBy(() -> at(SHOWN).verify("hello")).isInstanceOf(SignInCodeInvalidException.class);
    assertThatThrownBy(() -> at(SHOWN).verify(null)).isInstanceOf(SignInCodeInvalidException.class);
  }

  @Test
  void anotherKeyMakesCodesThisOneRefuses() {
    String code = new SignInCodes(filled(8), Clock.fixed(SHOWN, ZoneOffset.UTC)).current(42).code();

    assertThatThrownBy(() -> at(SHOWN).verify(code)).isInstanceOf(SignInCodeInvalidException.class);
  }

  @Test
  void theScreenIsToldWhenTheCodeRotates() {
    assertThat(at(SHOWN).current(42).refreshAt()).isEqualTo(Instant.parse("2026-12-01T01:00:30Z"));
  }

  private static SignInCodes at(Instant now) {
    return new SignInCodes(KEY, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
