package org.zhixing.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealedTextTest {

  private final SealedText sealing = new SealedText(key((byte) 1));

  @Test
  void opensWhatItSealed() {
    assertThat(sealing.open(sealing.seal("k7Rm2xQp9A 王"))).isEqualTo("k7Rm2xQp9A 王");
  }

  @Test
  void theSameTextSealsDifferentlyEachTime() {
    assertThat(sealing.seal("same")).isNotEqualTo(sealing.seal("same"));
  }

  @Test
  void aChangedByteOrAnotherKeyIsNoticed() {
    byte[] sealed = sealing.seal("secret");
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;

    assertThatThrownBy(() -> sealing.open(tampered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SealedText(key((byte) 2)).open(sealed)).isInstanceOf(IllegalStateException.class);
  }

  private static byte[] key(byte fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, fill);
    return key;
  }
}
