package org.zhixing.identity.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a bearer token that the container has already verified (signature, issuer, expiry). Reading them
 * from the JWT payload keeps the application free of server-specific principal classes.
 */
record TokenClaims(JsonObject json) {

  static final TokenClaims NONE = new TokenClaims(JsonObject.EMPTY_JSON_OBJECT);

  static TokenClaims fromAuthorizationHeader(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return NONE;
    }
    String[] parts = header.substring(7).strip().split("\\.");
    if (parts.length != 3) {
      return NONE;
    }
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      return new TokenClaims(reader.readObject());
    }
  }

  Optional<String> string(String claim) {
    return Optional.ofNullable(json.getString(claim, null)).filter(s -> !s.isBlank());
  }
}
