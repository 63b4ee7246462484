package org.zhixing.account.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A one-time code as a Keycloak password credential that is hashed here already, with PBKDF2-SHA256 at
 * {@value #ITERATIONS} iterations, instead of by Keycloak with the realm's policy (argon2, about 45 ms of CPU per
 * password here). Measured on this machine that is what limits provisioning: about 34 accounts/s with Keycloak
 * hashing against about 140/s with this (docs/accounts.md). It is safe because the code is random (57 bits), not
 * chosen by a person: slow hashes protect guessable passwords, and guessing one of 2^57 codes at 2,000 HMACs each
 * (2^68 in all) is out of reach, the more so as the code stops working at the first login. At that login Keycloak
 * checks the code with its PBKDF2 provider, and the password the person then chooses is hashed with the realm's policy.
 */
final class InitialCredential {

  static final int ITERATIONS = 1_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 512; // what Keycloak's pbkdf2-sha256 provider derives

  private static final SecureRandom RANDOM = new SecureRandom();

  private InitialCredential() {}

  /** The credential representation for {@code credentials} of a new user; {@code temporary} as the form says. */
  static JsonObject of(String code) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    var encoder = Base64.getEncoder();
    String secretData = Json.createObjectBuilder()
        .add("value", encoder.encodeToString(hash(code, salt, ITERATIONS)))
        .add("salt", encoder.encodeToString(salt))
        .add("additionalParameters", Json.createObjectBuilder())
        .build()
        .toString();
    String credentialData = Json.createObjectBuilder()
        .add("hashIterations", ITERATIONS)
        .add("algorithm", "pbkdf2-sha256")
        .add("additionalParameters", Json.createObjectBuilder())
        .build()
        .toString();
    return Json.createObjectBuilder()
        .add("type", "password")
        .add("temporary", true)
        .add("secretData", secretData)
        .add("credentialData", credentialData)
        .build();
  }

  static byte[] hash(String code, byte[] salt, int iterations) {
    try {
      var spec = new PBEKeySpec(code.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable", e);
    }
  }
}
