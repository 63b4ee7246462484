package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhixing.launcher.DatabaseLogin;
import org.zhixing.launcher.ProvisionerSecret;
import org.zhixing.launcher.WildFlyServer;

/**
 * A resumable upload survives a server crash: half a video arrives, a chunk is cut off in flight, WildFly is killed
 * (SIGKILL, no shutdown), started again on the same data folder and database, and a fresh client learns the offset
 * from the server and sends the rest; the video becomes an asset with its HLS ladder. This test runs its own WildFly
 * (through the launcher's code, as {@code ./zhixing run} does) with its own database, beside the test deployment.
 */
class UploadRestartIT {

  private static final String DB = "zhixing_restart";
  private static final int CHUNK = 64 * 1024;
  private static final byte[] VIDEO = TestVideos.mp4(30);

  private final Path work = Path.of(System.getProperty("zhixing.it.work-dir"), "restart");
  private final int httpPort = freePort();
  private final int httpsPort = freePort();
  private final int managementPort = freePort();
  private WildFlyServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anUploadInterruptedByAServerCrashResumesAfterTheRestart() {
    var environment = ZhixingTestEnvironment.current();
    environment.database().ensureDatabase(DB, DB, DB);
    server = start();
    Tus before = new Tus("trainer", server.url());
    String url = created(before);
    int half = VIDEO.length / 2;
    Tus.Reply firstHalf = before.uploadFrom(url, 0, java.util.Arrays.copyOf(VIDEO, half), CHUNK);
    assertThat(firstHalf.status()).as(firstHalf.toString()).isEqualTo(204);
    before.patchCutOff(url, half, java.util.Arrays.copyOfRange(VIDEO, half, VIDEO.length), CHUNK);

    server.kill();
    server = start();

    Tus after = new Tus("trainer", server.url());
    Tus.Reply head = after.head(url);
    assertThat(head.status()).as(head.toString()).isEqualTo(200);
    assertThat(head.offset()).as("what arrived before the crash is kept").isBetween((long) half, (long) half + CHUNK);
    Tus.Reply last = after.uploadFrom(url, head.offset(), VIDEO, CHUNK);
    assertThat(last.status()).as(last.toString()).isEqualTo(204);
    JsonObject upload = awaitReady(after, url);
    assertThat(upload.getString("status")).isEqualTo("COMPLETED");
    assertThat(upload.getString("sha256")).isEqualTo(sha256Hex(VIDEO));
    assertThat(upload.getJsonObject("processing").getJsonArray("hlsRenditions")).isNotEmpty();
  }

  private WildFlyServer start() {
    Path repo = Path.of(System.getProperty("zhixing.it.repo-dir"));
    String database = ZhixingTestEnvironment.current().database().jdbcUrl(DB);
    var started = WildFlyServer.start(new WildFlyServer.Config(repo.resolve("server/target/wildfly"),
        work.resolve("wildfly"), Path.of(System.getProperty("zhixing.it.ear")), "127.0.0.1", httpPort, httpsPort,
        managementPort, new DatabaseLogin(database, DB, DB), ZhixingTestEnvironment.current().keycloakUrl(), true,
        work.resolve("wildfly.log"),
        Map.of(ProvisionerSecret.PROPERTY, System.getProperty(ProvisionerSecret.PROPERTY))));
    started.awaitReady(Duration.ofMinutes(4));
    return started;
  }

  private static String created(Tus tus) {
    Tus.Reply reply = tus.create(VIDEO.length, Map.of("filename", "重启续传.mp4", "filetype", "video/mp4"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.header("Location");
  }

  private static JsonObject awaitReady(Tus tus, String url) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject upload = status(tus, url);
    while (Instant.now().isBefore(deadline)
        && !"READY".equals(upload.getJsonObject("processing").getString("status"))) {
      sleep();
      upload = status(tus, url);
    }
    assertThat(upload.getJsonObject("processing").getString("status")).as(upload.toString()).isEqualTo("READY");
    return upload;
  }

  private static JsonObject status(Tus tus, String url) {
    Tus.Reply reply = tus.send(tus.request(url).GET());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(reply.body()))) {
      return reader.readObject();
    }
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
