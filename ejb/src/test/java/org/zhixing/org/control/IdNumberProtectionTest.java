package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdNumberProtectionTest {

  private static final String ID = "11010519491231002X";

  private final IdNumberProtection protection = new IdNumberProtection(key('c'), key('d'));

  @Test
  void storesNothingReadableAndRevealsTheNumberWithTheKey() {
    var stored = protection.protect(ID);

    assertThat(new String(stored.cipher(), StandardCharsets.ISO_8859_1)).doesNotContain("1101").doesNotContain("002X");
    assertThat(stored.digest()).hasSize(64).doesNotContain(ID);
    assertThat(stored.tail()).isEqualTo("002X");
    assertThat(protection.reveal(stored.cipher())).isEqualTo(ID);
  }

  @Test
  void theSameNumberHasOneDigestButNeverTheSameCipher() {
    var first = protection.protect(ID);
    var second = protection.protect(ID);

    assertThat(second.digest()).isEqualTo(first.digest()).isEqualTo(protection.digest(ID));
    assertThat(second.cipher()).isNotEqualTo(first.cipher());
  }

  @Test
  void anotherKeyNeitherFindsNorReads() {
    var stored = protection.protect(ID);
    var other = new IdNumberProtection(key('x'), key('y'));

    assertThat(other.digest(ID)).isNotEqualTo(stored.digest());
    assertThatThrownBy(() -> other.reveal(stored.cipher())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTamperedCipherIsRefused() {
    byte[] cipher = protection.protect(ID).cipher();
    cipher[cipher.length - 1] ^= 1;

    assertThatThrownBy(() -> protection.reveal(cipher)).isInstanceOf(IllegalStateException.class);
  }

  private static byte[] key(char fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
