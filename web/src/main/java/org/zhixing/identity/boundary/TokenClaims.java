package org.zhixing.identity.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of a bearer token that the container has already verified (signature, issuer, expiry). Reading them
 * from the JWT payload keeps the application free of server-specific principal classes.
 */
record TokenClaims(JsonObject json) {

  static final TokenClaims NONE = new TokenClaims(JsonObject.EMPTY_JSON_OBJECT);
  /** Made once: Json.createReader looks the JSON provider up anew on every call, and this runs on every request. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  static TokenClaims fromAuthorizationHeader(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return NONE;
    }
    String[] parts = header.substring(7).strip().split("\\.");
    if (parts.length != 3) {
      return NONE;
    }
    try (JsonReader reader = READERS.createReader(new StringReader(decode(parts[1])))) {
      return new TokenClaims(reader.readObject());
    } catch (IllegalArgumentException | JsonException e) {
      // Not a JWT we can read: the caller simply has no claims, and the container decides about access.
      return NONE;
    }
  }

  private static String decode(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
  }

  Optional<String> string(String claim) {
    return Optional.ofNullable(json.getString(claim, null)).filter(s -> !s.isBlank());
  }
}
