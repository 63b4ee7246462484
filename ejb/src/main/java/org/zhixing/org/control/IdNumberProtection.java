package org.zhixing.org.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zhixing.platform.secrets.SealedText;

/**
 * How ID numbers are kept: encrypted (AES-256-GCM, so only the application can read one back, and only when a rule
 * needs the whole number), with a keyed digest (HMAC-SHA256) that finds a person by ID number without decrypting
 * anything, and the last four characters for display. A stolen table or backup alone reveals none of them.
 */
public final class IdNumberProtection {

  /** An ID number as stored. */
  public record Protected(byte[] cipher, String digest, String tail) {}

  private final SealedText cipher;
  private final SecretKeySpec digestKey;

  public IdNumberProtection(byte[] cipherKey, byte[] digestKey) {
    this.cipher = new SealedText(cipherKey);
    this.digestKey = new SecretKeySpec(digestKey, "HmacSHA256");
  }

  public Protected protect(String idNumber) {
    String tail = idNumber.substring(Math.max(0, idNumber.length() - 4));
    return new Protected(cipher.seal(idNumber), digest(idNumber), tail);
  }

  /** The digest that {@link #protect} stores, to look a (normalized) number up. */
  public String digest(String idNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(digestKey);
      return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  public String reveal(byte[] stored) {
    return cipher.open(stored);
  }
}
