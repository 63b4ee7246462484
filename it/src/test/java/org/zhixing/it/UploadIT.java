package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resumable uploads through the real server with real tokens: the tus protocol step by step (create, chunks, HEAD,
 * resume after a cut, checksum and offset errors, termination), the checks at the end (type from the bytes, truncated
 * and oversized files), ownership, and a video's way to READY with its HLS ladder behind a signed media URL.
 */
@ExtendWith(ArquillianExtension.class)
class UploadIT {

  private static final byte[] VIDEO = TestVideos.mp4();
  private static final int CHUNK = 16 * 1024;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  private static Map<String, String> named(String fileName, String type) {
    return Map.of("filename", fileName, "filetype", type);
  }

  private static String created(Tus tus, byte[] content, String fileName, String type) {
    Tus.Reply reply = tus.create(content.length, named(fileName, type));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.header("Location");
  }

  @Test
  void optionsAnnounceTheProtocolAndItsExtensions() {
    Tus.Reply reply = new Tus("trainer").options();

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.header("Tus-Resumable")).isEqualTo("1.0.0");
    assertThat(reply.header("Tus-Version")).isEqualTo("1.0.0");
    assertThat(reply.header("Tus-Extension").split(","))
        .contains("creation", "expiration", "checksum", "termination");
    assertThat(reply.header("Tus-Max-Size")).isEqualTo(Long.toString(4096L * 1024 * 1024));
    assertThat(reply.header("Tus-Checksum-Algorithm")).contains("sha1");
  }

  @Test
  void aVideoSentInChunksBecomesAnAssetAndReachesReadyWithItsHlsLadder() {
    Tus tus = new Tus("trainer");
    Tus.Reply creation = tus.create(VIDEO.length, named("第一课 支部过硬星.mp4", "video/mp4"));
    assertThat(creation.status()).isEqualTo(201);
    assertThat(creation.header("Upload-Expires")).endsWith("GMT");
    assertThat(creation.header("Tus-Resumable")).isEqualTo("1.0.0");
    String url = creation.header("Location");
    assertThat(url).startsWith("http").contains("/api/uploads/");

    Tus.Reply last = tus.uploadFrom(url, 0, VIDEO, CHUNK);

    assertThat(last.status()).as(last.toString()).isEqualTo(204);
    assertThat(last.offset()).isEqualTo(VIDEO.length);
    JsonObject upload = status(url);
    assertThat(upload.getString("status")).isEqualTo("COMPLETED");
    assertThat(upload.getString("kind")).isEqualTo("VIDEO");
    assertThat(upload.getString("mediaType")).isEqualTo("video/mp4");
    assertThat(upload.getString("fileName")).isEqualTo("第一课 支部过硬星.mp4");
    String assetId = upload.getString("assetId");

    JsonObject ready = awaitProcessing(url, "READY");
    assertThat(ready.getJsonObject("processing").getJsonArray("hlsRenditions").getString(0)).isEqualTo("240p");
    assertThat(ready.getJsonObject("processing").getJsonNumber("durationSeconds").doubleValue()).isBetween(1.9, 2.2);

    String mediaUrl = Api.get("/api/assets/" + assetId + "/media-url", Tokens.of("trainer")).object().getString("url");
    Api.Answer master = plainGet(mediaUrl + "/hls/master.m3u8");
    assertThat(master.status()).isEqualTo(200);
    assertThat(master.body()).startsWith("#EXTM3U").contains("240p/index.m3u8").doesNotContain("http");
    Api.Answer rendition = plainGet(mediaUrl + "/hls/240p/index.m3u8");
    assertThat(rendition.body()).contains("#EXT-X-ENDLIST").contains("seg-00000.ts");
    assertThat(plainGet(mediaUrl + "/hls/240p/seg-00000.ts").status()).isEqualTo(200);
    assertThat(plainGet(mediaUrl).status()).as("the original stays streamable").isEqualTo(200);
  }

  @Test
  void theSameVideoUploadedAgainIsStoredOnceAndReadyAtOnce() {
    Tus tus = new Tus("trainer");
    String first = created(tus, VIDEO, "原版.mp4", "video/mp4");
    tus.uploadFrom(first, 0, VIDEO, CHUNK);
    awaitProcessing(first, "READY");

    String again = created(tus, VIDEO, "副本.mp4", "video/mp4");
    assertThat(tus.uploadFrom(again, 0, VIDEO, CHUNK).status()).isEqualTo(204);

    JsonObject copy = status(again);
    assertThat(copy.getString("sha256")).isEqualTo(status(first).getString("sha256"));
    assertThat(copy.getString("assetId")).isNotEqualTo(status(first).getString("assetId"));
    assertThat(copy.getJsonObject("processing").getString("status")).as("no second transcode").isEqualTo("READY");
    assertThat(copy.getJsonObject("processing").getJsonArray("hlsRenditions").getString(0)).isEqualTo("240p");
  }

  @Test
  void anUploadCutOffHalfwayResumesFromTheServersOffsetEvenInAFreshClient() {
    Tus first = new Tus("trainer");
    String url = created(first, VIDEO, "resume.mp4", "video/mp4");

    first.patchCutOff(url, 0, VIDEO, VIDEO.length / 2);
    long offset = awaitOffsetAbove(first, url, 0);

    assertThat(offset).isPositive().isLessThan(VIDEO.length);
    Tus afterReload = new Tus("trainer");
    Tus.Reply head = afterReload.head(url);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.offset()).isEqualTo(offset);
    assertThat(head.header("Upload-Length")).isEqualTo(Long.toString(VIDEO.length));
    assertThat(head.header("Cache-Control")).isEqualTo("no-store");
    assertThat(head.header("Upload-Metadata")).contains("filename ");

    Tus.Reply last = afterReload.uploadFrom(url, offset, VIDEO, CHUNK);

    assertThat(last.status()).as(last.toString()).isEqualTo(204);
    JsonObject upload = status(url);
    assertThat(upload.getString("status")).isEqualTo("COMPLETED");
    assertThat(upload.getString("sha256")).isEqualTo(sha256Hex(VIDEO));
  }

  @Test
  void aDamagedChunkIsRefusedWith460AndDoesNotCount() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "damaged.mp4", "video/mp4");
    byte[] chunk = Arrays.copyOf(VIDEO, CHUNK);
    byte[] damaged = chunk.clone();
    damaged[100] ^= 0x40;

    Tus.Reply reply = tus.patchWithChecksum(url, 0, damaged, chunk);

    assertThat(reply.status()).isEqualTo(460);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.problem().getString("type")).isEqualTo("urn:zhixing:problem:upload-checksum-mismatch");
    assertThat(tus.head(url).offset()).isZero();
    assertThat(tus.patchWithChecksum(url, 0, chunk, chunk).status()).isEqualTo(204);
    assertThat(tus.head(url).offset()).isEqualTo(CHUNK);
  }

  @Test
  void aChunkForAnotherOffsetIsRefusedWith409() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "offset.mp4", "video/mp4");

    Tus.Reply reply = tus.patch(url, 1000, Arrays.copyOfRange(VIDEO, 1000, 2000));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem().getString("type")).isEqualTo("urn:zhixing:problem:upload-offset-mismatch");
    assertThat(reply.header("Tus-Resumable")).isEqualTo("1.0.0");
  }

  @Test
  void aChunkOfAnotherContentTypeIsRefusedWith415() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "type.mp4", "video/mp4");

    Tus.Reply reply = tus.send(tus.patchRequest(url, 0, new byte[10]).setHeader("Content-Type", "application/octet-stream"));

    assertThat(reply.status()).isEqualTo(415);
    assertThat(tus.head(url).offset()).isZero();
  }

  @Test
  void aChunkLongerThanOneRequestMayCarryIsRefusedWith413() {
    Tus tus = new Tus("trainer");
    byte[] big = new byte[9 * 1024 * 1024];
    String url = created(tus, big, "big.mp4", "video/mp4");

    // With Expect: 100-continue the server refuses on the headers, and the 9 MB never leave the client.
    Tus.Reply reply = tus.send(tus.patchRequest(url, 0, big).expectContinue(true));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
    assertThat(reply.problem().getString("type")).isEqualTo("urn:zhixing:problem:upload-chunk-too-large");
    assertThat(tus.head(url).offset()).isZero();
  }

  @Test
  void aPatchTunnelledThroughPostByMethodOverrideCounts() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "override.mp4", "video/mp4");
    byte[] chunk = Arrays.copyOf(VIDEO, CHUNK);

    Tus.Reply reply = tus.send(tus.patchRequest(url, 0, chunk).header("X-HTTP-Method-Override", "PATCH")
        .POST(BodyPublishers.ofByteArray(chunk)));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(tus.head(url).offset()).isEqualTo(CHUNK);
  }

  @Test
  void requestsOfAnotherProtocolVersionAreRefusedWith412() {
    Tus tus = new Tus("trainer");
    Tus.Reply reply = tus.send(tus.request(tus.endpoint()).header("Tus-Resumable", "0.2.2")
        .header("Upload-Length", "10").POST(BodyPublishers.noBody()));

    assertThat(reply.status()).isEqualTo(412);
    assertThat(reply.header("Tus-Version")).isEqualTo("1.0.0");
  }

  @Test
  void textNamedMp4IsRefusedByItsContentAndNothingIsStored() {
    Tus tus = new Tus("trainer");
    byte[] text = "这不是视频，只是一段文字。\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    String url = created(tus, text, "fake.mp4", "video/mp4");
    long assetsBefore = assetCount();

    Tus.Reply reply = tus.uploadFrom(url, 0, text, CHUNK);

    assertThat(reply.status()).isEqualTo(422);
    JsonObject problem = reply.problem();
    assertThat(problem.getString("type")).isEqualTo("urn:zhixing:problem:unsupported-media-kind");
    assertThat(problem.getString("detail")).contains("fake.mp4").contains("text/plain");
    assertNothingStored(tus, url, assetsBefore, "unsupported-media-kind");
  }

  @Test
  void aTruncatedMp4IsRefusedAndNothingIsStored() {
    Tus tus = new Tus("trainer");
    byte[] half = Arrays.copyOf(VIDEO, VIDEO.length / 2);
    String url = created(tus, half, "half.mp4", "video/mp4");
    long assetsBefore = assetCount();

    Tus.Reply reply = tus.uploadFrom(url, 0, half, CHUNK);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.problem().getString("type")).isEqualTo("urn:zhixing:problem:truncated-media");
    assertNothingStored(tus, url, assetsBefore, "truncated-media");
  }

  @Test
  void anOversizedFileIsRefusedAtCreation() {
    Tus tus = new Tus("trainer");

    Tus.Reply tooLong = tus.create(5L * 1024 * 1024 * 1024, named("huge.mp4", "video/mp4"));
    Tus.Reply tooLongForAPdf = tus.create(300L * 1024 * 1024, named("big.pdf", "application/pdf"));

    assertThat(tooLong.status()).isEqualTo(413);
    assertThat(tooLong.problem().getString("type")).isEqualTo("urn:zhixing:problem:upload-exceeds-max-size");
    assertThat(tooLongForAPdf.status()).isEqualTo(413);
    assertThat(tooLongForAPdf.problem().getString("detail")).contains("PDF").contains("200 MB");
  }

  @Test
  void anotherUserCannotSeeResumeOrEndMyUpload() {
    Tus mine = new Tus("trainer");
    String url = created(mine, VIDEO, "mine.mp4", "video/mp4");
    mine.patch(url, 0, Arrays.copyOf(VIDEO, CHUNK));
    Tus other = new Tus("taikang-admin");

    assertThat(other.head(url).status()).isEqualTo(404);
    assertThat(other.patch(url, CHUNK, Arrays.copyOfRange(VIDEO, CHUNK, 2 * CHUNK)).status()).isEqualTo(404);
    assertThat(other.send(other.request(url).header("Tus-Resumable", "1.0.0").DELETE()).status()).isEqualTo(404);
    assertThat(Api.get(URI.create(url).getPath(), Tokens.of("taikang-admin")).status()).isEqualTo(404);
    assertThat(mine.head(url).offset()).isEqualTo(CHUNK);
  }

  @Test
  void learnersCannotUpload() {
    assertThat(new Tus("learner").create(100, named("x.mp4", "video/mp4")).status()).isEqualTo(403);
  }

  @Test
  void aTerminatedUploadIsGone() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "gone.mp4", "video/mp4");
    tus.patch(url, 0, Arrays.copyOf(VIDEO, CHUNK));

    Tus.Reply deleted = tus.send(tus.request(url).header("Tus-Resumable", "1.0.0").DELETE());

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(tus.head(url).status()).isEqualTo(404);
  }

  @Test
  void aPdfIsStoredWithItsPageCount() {
    Tus tus = new Tus("trainer");
    byte[] pdf = Pdfs.withoutText();
    String url = created(tus, pdf, "支部工作条例.pdf", "application/pdf");

    assertThat(tus.uploadFrom(url, 0, pdf, CHUNK).status()).isEqualTo(204);

    JsonObject upload = status(url);
    assertThat(upload.getString("kind")).isEqualTo("PDF");
    assertThat(upload.getJsonObject("processing").getString("status")).isEqualTo("READY");
    assertThat(upload.getJsonObject("processing").getInt("pageCount")).isEqualTo(1);
  }

  @Test
  void myUploadsAreListedNewestFirst() {
    Tus tus = new Tus("trainer");
    String url = created(tus, VIDEO, "listed.mp4", "video/mp4");

    JsonObject page = Api.get("/api/uploads?size=5", Tokens.of("trainer")).object();

    assertThat(page.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(url.substring(url.lastIndexOf('/') + 1));
    assertThat(Api.get("/api/uploads", Tokens.of("dancheng-admin")).object().getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("fileName"))).doesNotContain("listed.mp4");
  }

  private static void assertNothingStored(Tus tus, String url, long assetsBefore, String problem) {
    JsonObject upload = status(url);
    assertThat(upload.getString("status")).isEqualTo("REJECTED");
    assertThat(upload.containsKey("assetId") && !upload.isNull("assetId")).isFalse();
    assertThat(upload.getJsonObject("refusal").getString("type")).isEqualTo("urn:zhixing:problem:" + problem);
    assertThat(tus.head(url).status()).as("a refused upload cannot be resumed").isEqualTo(410);
    assertThat(assetCount()).as("no asset was registered").isEqualTo(assetsBefore);
  }

  private static long assetCount() {
    return Api.get("/api/assets?size=1", Tokens.of("trainer")).object().getJsonNumber("total").longValue();
  }

  private static JsonObject status(String url) {
    Api.Answer answer = Api.get(URI.create(url).getPath(), Tokens.of("trainer"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject awaitProcessing(String url, String expected) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonObject upload = status(url);
    while (Instant.now().isBefore(deadline)) {
      upload = status(url);
      if (expected.equals(upload.getJsonObject("processing").getString("status"))) {
        return upload;
      }
      sleep(300);
    }
    throw new AssertionError("processing did not reach " + expected + ": " + upload);
  }

  private static long awaitOffsetAbove(Tus tus, String url, long offset) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      Tus.Reply head = tus.head(url);
      if (head.status() == 200 && head.offset() > offset) {
        return head.offset();
      }
      sleep(100);
    }
    throw new AssertionError("the server kept nothing of the cut-off chunk");
  }

  /** A GET without a bearer token, as a video element or a CDN sends it to a signed media URL. */
  private static Api.Answer plainGet(String url) {
    return Api.get(url.substring(Api.baseUrl().length()), null);
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
