package org.zhixing.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenClaimsTest {

  private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

  private static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString("not-checked-here".getBytes(StandardCharsets.UTF_8));
  }

  private static final String TOKEN =
      jwt("{\"sub\":\"f1\",\"preferred_username\":\"wangjg\",\"name\":\"王建国\",\"org_unit\":\"411627101201\"}");

  @Test
  void claimsAreReadFromTheBearerTokenPayload() {
    TokenClaims claims = TokenClaims.fromAuthorizationHeader("Bearer " + TOKEN);
    assertThat(claims.string("name")).contains("王建国");
    assertThat(claims.string("org_unit")).contains("411627101201");
  }

  @Test
  void bearerSchemeIsCaseInsensitiveAndSurroundingSpaceIgnored() {
    assertThat(TokenClaims.fromAuthorizationHeader("bearer  " + TOKEN + " ").string("org_unit")).contains("411627101201");
  }

  @Test
  void missingBlankOrNonTextClaimsAreEmpty() {
    TokenClaims claims = TokenClaims.fromAuthorizationHeader("Bearer " + jwt("{\"name\":\"  \",\"org_unit\":42}"));
    assertThat(claims.string("name")).isEmpty();
    assertThat(claims.string("org_unit")).isEmpty();
    assertThat(claims.string("email")).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Basic d2FuZ2pnOnNlY3JldA==", "Bearer", "Token abc.def.ghi", "Bearer only.two"})
  void headersWithoutABearerTokenGiveNoClaims(String header) {
    TokenClaims claims = TokenClaims.fromAuthorizationHeader(header);
    assertThat(claims).isSameAs(TokenClaims.NONE);
    assertThat(claims.string("name")).isEmpty();
  }

  @Test
  void tokenWithFourPartsGivesNoClaims() {
    assertThat(TokenClaims.fromAuthorizationHeader("Bearer " + TOKEN + ".extra")).isSameAs(TokenClaims.NONE);
  }

  @Test
  void malformedPayloadGivesNoClaims() {
    assertThat(TokenClaims.fromAuthorizationHeader("Bearer aaa.!!!.ccc")).isSameAs(TokenClaims.NONE);
    assertThat(TokenClaims.fromAuthorizationHeader("Bearer " + jwt("not json"))).isSameAs(TokenClaims.NONE);
    assertThat(TokenClaims.fromAuthorizationHeader("Bearer " + jwt("[1,2]"))).isSameAs(TokenClaims.NONE);
  }
}
