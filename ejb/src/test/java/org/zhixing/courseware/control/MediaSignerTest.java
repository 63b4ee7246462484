package org.zhixing.courseware.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaSignerTest {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private static final UUID ASSET = UUID.fromString("7b0a3c52-0c53-4b5e-9a39-5a3f5d1c2e10");
  private static final UUID OTHER_ASSET = UUID.fromString("0f8e6d4c-1111-4222-8333-944455556666");

  private final MediaSigner signer = signerAt(NOW, 7);

  @Test
  void aFreshTokenNamesItsUser() {
    String token = signer.sign(ASSET, "learner", NOW.plus(Duration.ofHours(4)));
    assertThat(signer.verify(token, ASSET).username()).isEqualTo("learner");
  }

  @Test
  void tokensAreUrlPathSafe() {
    String token = signer.sign(ASSET, "彭松宇/../x", NOW.plusSeconds(60));
    assertThat(token).matches("[0-9a-z]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    assertThat(signer.verify(token, ASSET).username()).isEqualTo("彭松宇/../x");
  }

  @Test
  void aTokenStopsWorkingAtItsExpiry() {
    Instant expiry = NOW.plusSeconds(60);
    String token = signer.sign(ASSET, "learner", expiry);
    assertThat(signerAt(expiry.minusSeconds(1), 7).verify(token, ASSET).expiresAt()).isEqualTo(expiry);
    assertThatThrownBy(() -> signerAt(expiry, 7).verify(token, ASSET)).isInstanceOf(MediaLinkExpiredException.class);
  }

  @Test
  void aTokenForOneAssetDoesNotOpenAnother() {
    String token = signer.sign(ASSET, "learner", NOW.plusSeconds(60));
    assertThatThrownBy(() -> signer.verify(token, OTHER_ASSET)).isInstanceOf(MediaLinkInvalidException.class);
  }

  @Test
  void changingTheUserOrTheExpiryBreaksTheSignature() {
    String token = signer.sign(ASSET, "learner", NOW.plusSeconds(60));
    String[] parts = token.split("\\.");
    String otherUser = parts[0] + "." + signer.sign(ASSET, "trainer", NOW.plusSeconds(60)).split("\\.")[1] + "." + parts[2];
    String later = Long.toString(NOW.plusSeconds(86_400).getEpochSecond(), 36) + "." + parts[1] + "." + parts[2];
    assertThatThrownBy(() -> signer.verify(otherUser, ASSET)).isInstanceOf(MediaLinkInvalidException.class);
    assertThatThrownBy(() -> signer.verify(later, ASSET)).isInstanceOf(MediaLinkInvalidException.class);
  }

  @Test
  void everySingleCharacterChangeIsRefused() {
    String token = signer.sign(ASSET, "learner", NOW.plusSeconds(60));
    for (int i = 0; i < token.length(); i++) {
      char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
      assertThatThrownBy(() -> signer.verify(tampered, ASSET)).as("position %d", i).isInstanceOf(MediaLinkInvalidException.class);
    }
  }

  @Test
  void anotherKeyDoesNotAcceptTheToken() {
    String token = signer.sign(ASSET, "learner", NOW.plusSeconds(60));
    assertThatThrownBy(() -> signerAt(NOW, 8).verify(token, ASSET)).isInstanceOf(MediaLinkInvalidException.class);
  }

  @Test
  void garbageIsRefusedAsInvalid() {
    for (String garbage : new String[] {"", "abc", "a.b.c", "zzzzzzzzzzzzz.bGVhcm5lcg." + "A".repeat(43), null}) {
      assertThatThrownBy(() -> signer.verify(garbage, ASSET)).as(garbage).isInstanceOf(MediaLinkInvalidException.class);
    }
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> new MediaSigner(new byte[16], Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
  }

  private static MediaSigner signerAt(Instant now, int keyByte) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) keyByte);
    return new MediaSigner(key, Clock.fixed(now, ZoneOffset.UTC));
  }
}
