package org.zhixing.courseware.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of media links: {@code <expiry>.<user>.<signature>}, where the signature is an
 * HMAC-SHA256 over the asset id, the user and the expiry. The token sits in the URL path, so it uses only URL-safe
 * characters; one token covers every file of one asset (the original and all derived files) for one user until it
 * expires. Nothing is stored per link: any node with the key can check one.
 */
public final class MediaSigner {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "zhixing-media-v1";
  private static final Pattern TOKEN = Pattern.compile("([0-9a-z]{1,12})\\.([A-Za-z0-9_-]{1,200})\\.([A-Za-z0-9_-]{43})");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;

  public MediaSigner(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a media signing key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.clock = clock;
  }

  public String sign(UUID assetId, String username, Instant expiresAt) {
    long expiry = expiresAt.getEpochSecond();
    return Long.toString(expiry, 36) + "." + B64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
        + B64.encodeToString(mac(assetId, username, expiry));
  }

  /**
   * Who a token was issued to and until when, if it is genuine, for this asset, and not expired. The signature is checked
   * first and in constant time, so a forged token learns nothing from the answer.
   */
  public MediaGrant verify(String token, UUID assetId) {
    var parts = TOKEN.matcher(token == null ? "" : token);
    if (!parts.matches()) {
      throw new MediaLinkInvalidException(assetId.toString());
    }
    try {
      long expiry = Long.parseLong(parts.group(1), 36);
      String username = new String(B64_DECODER.decode(parts.group(2)), StandardCharsets.UTF_8);
      byte[] signature = B64_DECODER.decode(parts.group(3));
      if (!MessageDigest.isEqual(signature, mac(assetId, username, expiry))) {
        throw new MediaLinkInvalidException(assetId.toString());
      }
      if (clock.instant().getEpochSecond() >= expiry) {
        throw new MediaLinkExpiredException(assetId.toString());
      }
      return new MediaGrant(username, Instant.ofEpochSecond(expiry));
    } catch (IllegalArgumentException e) {
      // not base64, or an expiry beyond a long: not a token this server made
      throw new MediaLinkInvalidException(assetId.toString());
    }
  }

  /** What a valid token grants: its user may fetch the asset's files until {@code expiresAt}. */
  public record MediaGrant(String username, Instant expiresAt) {}

  private byte[] mac(UUID assetId, String username, long expiry) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      String message = VERSION + "\n" + assetId + "\n" + username + "\n" + expiry;
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
