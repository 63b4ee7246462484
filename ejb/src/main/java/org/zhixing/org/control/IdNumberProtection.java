package org.zhixing.org.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How ID numbers are kept: encrypted (AES-256-GCM, so only the application can read one back, and only when a rule
 * needs the whole number), with a keyed digest (HMAC-SHA256) that finds a person by ID number without decrypting
 * anything, and the last four characters for display. A stolen table or backup alone reveals none of them.
 */
public final class IdNumberProtection {

  /** An ID number as stored. */
  public record Protected(byte[] cipher, String digest, String tail) {}

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec cipherKey;
  private final SecretKeySpec digestKey;
  private final SecureRandom random = new SecureRandom();

  public IdNumberProtection(byte[] cipherKey, byte[] digestKey) {
    this.cipherKey = new SecretKeySpec(cipherKey, 0, 32, "AES");
    this.digestKey = new SecretKeySpec(digestKey, "HmacSHA256");
  }

  public Protected protect(String idNumber) {
    return new Protected(encrypt(idNumber), digest(idNumber), idNumber.substring(Math.max(0, idNumber.length() - 4)));
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
    try {
      ByteBuffer in = ByteBuffer.wrap(stored);
      byte[] iv = new byte[IV_BYTES];
      in.get(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, cipherKey, new GCMParameterSpec(TAG_BITS, iv));
      return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A stored ID number does not decrypt: wrong key or damaged data", e);
    }
  }

  private byte[] encrypt(String idNumber) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, cipherKey, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }
}
