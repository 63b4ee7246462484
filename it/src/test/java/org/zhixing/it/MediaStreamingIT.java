package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhixing.content.CoursePack;

/**
 * The media endpoint over real HTTP, case by case as RFC 9110 states them: a trainer of 太康县 uploads a generated
 * "video", asks for a signed URL, and every range, condition and refusal is checked against the bytes it uploaded.
 */
@ExtendWith(ArquillianExtension.class)
class MediaStreamingIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final int SIZE = 1_000_000;
  private static final byte[] VIDEO = new byte[SIZE];

  private static String assetId;
  private static String url;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void trainerUploadsAVideoAndGetsItsUrl() throws IOException {
    fillWithAPaddedDemoClip(VIDEO);
    HttpResponse<byte[]> created = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/assets?name=" + Api.encode("第一课 五星支部.mp4")))
        .header("Authorization", "Bearer " + Tokens.of("trainer"))
        .header("Content-Type", "video/mp4")
        .POST(BodyPublishers.ofByteArray(VIDEO)));
    assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
    JsonObject asset = new Api.Answer(201, "", "", text(created)).object();
    assetId = asset.getString("id");
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/assets/" + assetId));
    assertThat(asset.getString("kind")).isEqualTo("VIDEO");
    assertThat(asset.getJsonNumber("sizeBytes").longValue()).isEqualTo(SIZE);
    assertThat(asset.getString("ownerUnitCode")).isEqualTo("411627000000");

    Api.Answer link = Api.get("/api/assets/" + assetId + "/media-url", Tokens.of("trainer"));
    assertThat(link.status()).as(link.toString()).isEqualTo(200);
    url = link.object().getString("url");
    assertThat(url).startsWith(Api.baseUrl() + "/media/").endsWith("/" + assetId);
    assertThat(Instant.parse(link.object().getString("expiresAt"))).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(5 * 3600));
  }

  @Test
  void headAnswersWithTheHeadersOfAGetAndNoBody() {
    HttpResponse<byte[]> head = send(request(url).method("HEAD", BodyPublishers.noBody()).header("Range", "bytes=0-9"));
    assertThat(head.statusCode()).as("Range is for GET only").isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(SIZE));
    assertThat(head.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(head.headers().firstValue("Content-Type")).contains("video/mp4");
    assertThat(head.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]{64}\""));
    assertThat(head.headers().firstValue("Last-Modified")).isPresent();
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aPlainGetSendsTheWholeFileWithCachingHeaders() {
    HttpResponse<byte[]> response = get();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(VIDEO);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
        cc -> assertThat(cc).startsWith("private, max-age=").endsWith(", immutable"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void aSingleRangeIs206WithContentRange() {
    HttpResponse<byte[]> response = get("Range", "bytes=1000-1999");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes 1000-1999/" + SIZE);
    assertThat(response.headers().firstValue("Content-Length")).contains("1000");
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(VIDEO, 1000, 2000));
  }

  @Test
  void aSuffixRangeSendsTheLastBytes() {
    HttpResponse<byte[]> response = get("Range", "bytes=-500");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes %d-%d/%d".formatted(SIZE - 500, SIZE - 1, SIZE));
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(VIDEO, SIZE - 500, SIZE));
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    HttpResponse<byte[]> response = get("Range", "bytes=999900-");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes 999900-999999/" + SIZE);
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(VIDEO, 999_900, SIZE));
  }

  @Test
  void severalRangesComeAsMultipartByteranges() {
    HttpResponse<byte[]> response = get("Range", "bytes=500000-500099, 0-9");
    assertThat(response.statusCode()).isEqualTo(206);
    String contentType = response.headers().firstValue("Content-Type").orElseThrow();
    Matcher boundary = Pattern.compile("multipart/byteranges; ?boundary=(\\S+)").matcher(contentType);
    assertThat(boundary.matches()).as(contentType).isTrue();
    assertThat(response.headers().firstValue("Content-Length")).contains(String.valueOf(response.body().length));

    String body = new String(response.body(), StandardCharsets.ISO_8859_1);
    String[] parts = body.split("\r\n--" + Pattern.quote(boundary.group(1)));
    assertThat(parts).hasSize(4); // before the first delimiter, two parts, "--" after the closing one
    assertThat(parts[0]).isEmpty();
    assertThat(parts[3]).isEqualTo("--\r\n");
    assertPart(parts[1], 500_000, 500_099);
    assertPart(parts[2], 0, 9);
  }

  @Test
  void overlappingRangesAreCoalesced() {
    HttpResponse<byte[]> response = get("Range", "bytes=0-99,50-199");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes 0-199/" + SIZE);
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(VIDEO, 0, 200));
  }

  @Test
  void aRangeBeyondTheEndIs416WithTheSize() {
    HttpResponse<byte[]> response = get("Range", "bytes=" + SIZE + "-");
    assertThat(response.statusCode()).isEqualTo(416);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes */" + SIZE);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(text(response)).contains("urn:zhixing:problem:range-not-satisfiable");
  }

  @Test
  void aBrokenRangeHeaderIsIgnored() {
    HttpResponse<byte[]> response = get("Range", "bytes=9-1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).hasSize(SIZE);
  }

  @Test
  void ifRangeWithTheCurrentEtagKeepsTheRangeAndAnOtherOneSendsEverything() {
    String etag = head().headers().firstValue("ETag").orElseThrow();
    assertThat(send(request(url).header("Range", "bytes=0-9").header("If-Range", etag)).statusCode()).isEqualTo(206);
    HttpResponse<byte[]> stale = send(request(url).header("Range", "bytes=0-9").header("If-Range", "\"0000\""));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).isEqualTo(VIDEO);
  }

  @Test
  void ifRangeWithTheLastModifiedDateKeepsTheRangeAndAnotherDateSendsEverything() {
    String lastModified = head().headers().firstValue("Last-Modified").orElseThrow();
    assertThat(send(request(url).header("Range", "bytes=0-9").header("If-Range", lastModified)).statusCode()).isEqualTo(206);
    HttpResponse<byte[]> stale = send(request(url).header("Range", "bytes=0-9").header("If-Range", "Mon, 01 Jan 2024 00:00:00 GMT"));
    assertThat(stale.statusCode()).isEqualTo(200);
  }

  @Test
  void aCurrentCopyIsNotSentAgain() {
    HttpResponse<byte[]> head = head();
    String etag = head.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> byTag = get("If-None-Match", "\"other\", " + etag);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).contains(etag);
    assertThat(get("If-Modified-Since", head.headers().firstValue("Last-Modified").orElseThrow()).statusCode()).isEqualTo(304);
    assertThat(get("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode()).isEqualTo(200);
  }

  @Test
  void failedPreconditionsAre412() {
    assertThat(get("If-Match", "\"other\"").statusCode()).isEqualTo(412);
    assertThat(get("If-Unmodified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode()).isEqualTo(412);
    String etag = head().headers().firstValue("ETag").orElseThrow();
    assertThat(get("If-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void aTamperedTokenIs403() {
    String token = tokenOf(url);
    // A character in the middle of the signature: the last one of a base64url text may carry unused bits, so changing
    // it may change nothing.
    int at = token.lastIndexOf('.') + 20;
    char changed = token.charAt(at) == 'A' ? 'Q' : 'A';
    String tampered = url.replace(token, token.substring(0, at) + changed + token.substring(at + 1));
    HttpResponse<byte[]> response = send(request(tampered));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(text(response)).contains("urn:zhixing:problem:media-link-invalid");
  }

  @Test
  void anExpiredTokenIs403() {
    String expired = url.replace(tokenOf(url), sign(assetId, "trainer", Instant.now().minusSeconds(1)));
    HttpResponse<byte[]> response = send(request(expired));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(text(response)).contains("urn:zhixing:problem:media-link-expired");
    String valid = url.replace(tokenOf(url), sign(assetId, "trainer", Instant.now().plusSeconds(60)));
    assertThat(send(request(valid).header("Range", "bytes=0-0")).statusCode()).as("the test signs like the server").isEqualTo(206);
  }

  @Test
  void aTokenForAnotherAssetIs403AndAnUnknownAssetIs404() {
    String other = "0f8e6d4c-1111-4222-8333-944455556666";
    assertThat(send(request(url.replace(assetId, other))).statusCode()).isEqualTo(403);
    String signedForUnknown = Api.baseUrl() + "/media/" + sign(other, "trainer", Instant.now().plusSeconds(60)) + "/" + other;
    HttpResponse<byte[]> unknown = send(request(signedForUnknown));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(text(unknown)).contains("urn:zhixing:problem:asset-not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%2e%2e/%2e%2e/blobs", "/hls/..%2f..%2f..%2fetc%2fpasswd",
      "//etc/passwd", "/.hidden", "/hls/missing.m3u8", "/hls%5C..%5C..%5Cx", "/hls/%00x"})
  void derivedPathsCannotLeaveTheAssetAndMissingFilesAre404(String suffix) {
    HttpResponse<byte[]> response = send(request(url + suffix));
    assertThat(response.statusCode()).as(suffix).isIn(400, 403, 404);
    assertThat(text(response)).doesNotContain("root:");
  }

  /** The server resolves plain dot segments before routing: the request leaves /media and gets the portal, not a file. */
  @Test
  void dotSegmentsClimbOutOfMediaAndNeverReachTheFileSystem() {
    HttpResponse<byte[]> response = send(request(url + "/../../../../etc/passwd"));
    assertThat(text(response)).doesNotContain("root:");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .doesNotStartWith("video/").doesNotStartWith("application/octet-stream"));
  }

  @Test
  void theStreamNeedsNoBearerTokenButTheApiDoes() {
    assertThat(get().statusCode()).isEqualTo(200);
    assertThat(Api.get("/api/assets/" + assetId, null).status()).isEqualTo(401);
  }

  @Test
  void adminsSeeTheAssetsOfTheirSubtreeOnly() {
    assertThat(Api.get("/api/assets/" + assetId, Tokens.of("taikang-admin")).status()).isEqualTo(200);
    assertThat(Api.get("/api/assets/" + assetId, Tokens.of("city-admin")).status()).isEqualTo(200);
    Api.Answer otherCounty = Api.get("/api/assets/" + assetId, Tokens.of("dancheng-admin"));
    assertThat(otherCounty.status()).isEqualTo(404);
    assertThat(otherCounty.object().getString("type")).isEqualTo("urn:zhixing:problem:asset-not-found");
    assertThat(Api.get("/api/assets/" + assetId + "/media-url", Tokens.of("dancheng-admin")).status()).isEqualTo(404);
    assertThat(Api.get("/api/assets?size=200", Tokens.of("dancheng-admin")).object().getJsonArray("items").toString()).doesNotContain(assetId);
    assertThat(Api.get("/api/assets?size=200", Tokens.of("taikang-admin")).object().getJsonArray("items").toString()).contains(assetId);
  }

  @Test
  void learnersDoNotBrowseTheCatalog() {
    assertThat(Api.get("/api/assets/" + assetId, Tokens.of("learner")).status()).isEqualTo(403);
  }

  @Test
  void aFileIsTakenForWhatItsBytesAreNotForWhatItClaims() {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/assets?name=x.mp4"))
        .header("Authorization", "Bearer " + Tokens.of("trainer"))
        .header("Content-Type", "video/mp4")
        .POST(BodyPublishers.ofByteArray("PK\u0003\u0004 not a video at all".getBytes(StandardCharsets.UTF_8))));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(text(response)).contains("urn:zhixing:problem:unsupported-media-kind");
  }

  /**
   * A real MP4 (the server reads the type from the bytes) grown to exactly {@link #SIZE} by a trailing {@code free}
   * box of random bytes, so that the ranges below have a known size and content.
   */
  private static void fillWithAPaddedDemoClip(byte[] video) throws IOException {
    byte[] clip;
    try (InputStream in = CoursePack.media("c02-intro.mp4")) {
      clip = in.readAllBytes();
    }
    byte[] padding = new byte[video.length - clip.length - 8];
    new Random(42).nextBytes(padding);
    ByteBuffer.wrap(video).put(clip).putInt(video.length - clip.length).put("free".getBytes(StandardCharsets.US_ASCII))
        .put(padding);
  }

  private static void assertPart(String part, int first, int last) {
    int headerEnd = part.indexOf("\r\n\r\n");
    String headers = part.substring(0, headerEnd);
    assertThat(headers).contains("Content-Type: video/mp4").contains("Content-Range: bytes %d-%d/%d".formatted(first, last, SIZE));
    byte[] bytes = part.substring(headerEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(bytes).isEqualTo(Arrays.copyOfRange(VIDEO, first, last + 1));
  }

  private static String tokenOf(String mediaUrl) {
    String path = URI.create(mediaUrl).getPath();
    return path.split("/")[2];
  }

  /**
   * Signs like the server, with the key the test run gives it (see the failsafe configuration): the token format of
   * docs/media.md, written out independently here so that a change to it is noticed.
   */
  private static String sign(String asset, String username, Instant expiresAt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(System.getProperty("zhixing.it.media-signing-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      long expiry = expiresAt.getEpochSecond();
      byte[] signature = mac.doFinal(("zhixing-media-v1\n" + asset + "\n" + username + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return Long.toString(expiry, 36) + "." + b64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> get(String... headers) {
    HttpRequest.Builder request = request(url);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private static HttpResponse<byte[]> head() {
    return send(request(url).method("HEAD", BodyPublishers.noBody()));
  }

  private static HttpRequest.Builder request(String target) {
    return HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(request.build().uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
