package org.zhixing.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class InitialCredentialTest {

  @Test
  void isATemporaryPasswordInKeycloaksPbkdf2Sha256Form() {
    JsonObject credential = InitialCredential.of("k7Rm2xQp9A");

    assertThat(credential.getString("type")).isEqualTo("password");
    assertThat(credential.getBoolean("temporary")).isTrue();
    JsonObject data = read(credential.getString("credentialData"));
    assertThat(data.getString("algorithm")).isEqualTo("pbkdf2-sha256");
    assertThat(data.getInt("hashIterations")).isEqualTo(InitialCredential.ITERATIONS);
    assertThat(credential.containsKey("value")).as("never the code itself").isFalse();
  }

  @Test
  void theStoredHashIsTheCodeHashedWithTheStoredSalt() {
    JsonObject secret = read(InitialCredential.of("k7Rm2xQp9A").getString("secretData"));
    byte[] salt = Base64.getDecoder().decode(secret.getString("salt"));
    byte[] hash = Base64.getDecoder().decode(secret.getString("value"));

    assertThat(salt).hasSize(16);
    assertThat(hash).hasSize(64).isEqualTo(InitialCredential.hash("k7Rm2xQp9A", salt, InitialCredential.ITERATIONS));
    assertThat(hash).isNotEqualTo(InitialCredential.hash("k7Rm2xQp9B", salt, InitialCredential.ITERATIONS));
  }

  @Test
  void hashesAsPbkdf2HmacSha256() {
    // RFC 7914 section 11's PBKDF2-HMAC-SHA256 vector: P="passwd", S="salt", c=1, first 32 bytes
    byte[] derived = InitialCredential.hash("passwd", "salt".getBytes(), 1);
    assertThat(HexFormat.of().formatHex(derived, 0, 32))
        .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  }

  @Test
  void twoCredentialsOfOneCodeHaveDifferentSalts() {
    assertThat(InitialCredential.of("k7Rm2xQp9A").getString("secretData"))
        .isNotEqualTo(InitialCredential.of("k7Rm2xQp9A").getString("secretData"));
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
