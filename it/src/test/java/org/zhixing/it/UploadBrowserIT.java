package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A trainer uploads courseware in the portal: progress, the server's verdict, processing until ready, and resuming. */
@ExtendWith(ArquillianExtension.class)
class UploadBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void trainerUploadsAVideoAndSeesItReadyWithItsQualities() {
    Path video = file("村级组织建设.mp4", TestVideos.mp4());
    try (Browser browser = new Browser()) {
      openUploads(browser);

      choose(browser, video);

      browser.waitForText(testId("upload-processing"), "240p");
      assertThat(browser.visible(testId("upload-state")).getText()).isEqualTo("已完成");
      browser.waitForText(testId("uploads-table"), "村级组织建设.mp4");
      browser.screenshot("trainer-upload-ready");
    }
  }

  @Test
  void aRefusedFileShowsTheServersReason() {
    Path fake = file("假视频.mp4", "这只是文字，不是视频。".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (Browser browser = new Browser()) {
      openUploads(browser);

      choose(browser, fake);

      browser.waitForText(testId("upload-error"), "text/plain");
      assertThat(browser.visible(testId("upload-error")).getText()).contains("假视频.mp4");
      assertThat(browser.visible(testId("upload-state")).getText()).isEqualTo("失败");
      browser.screenshot("trainer-upload-refused");
    }
  }

  /**
   * The browser was closed in the middle of an upload: the server holds the first chunk, and the browser's storage the
   * upload's URL under the file's fingerprint (written here as tus-js-client writes it; a real slow link cannot be
   * made on loopback). Picking the same file again continues that upload instead of starting a new one.
   */
  @Test
  void anUploadLeftHalfwayContinuesWhenTheSameFileIsPickedAgain() throws IOException {
    byte[] content = TestVideos.mp4();
    Path video = file("大文件续传.mp4", content);
    Tus tus = new Tus("trainer");
    String url = tus.create(content.length, Map.of("filename", "大文件续传.mp4", "filetype", "video/mp4")).header("Location");
    assertThat(tus.patch(url, 0, Arrays.copyOf(content, content.length / 2)).status()).isEqualTo(204);
    try (Browser browser = new Browser()) {
      openUploads(browser);
      String fingerprint = String.join("|", "zhixing-upload", "trainer", "大文件续传.mp4", "video/mp4",
          Long.toString(content.length), Long.toString(Files.getLastModifiedTime(video).toMillis()));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "localStorage.setItem('tus::' + arguments[0] + '::1', JSON.stringify({size: arguments[1],"
              + " metadata: {filename: '大文件续传.mp4', filetype: 'video/mp4'}, creationTime: new Date().toString(),"
              + " uploadUrl: arguments[2], parallelUploadUrls: null}))",
          fingerprint, content.length, url);
      browser.driver().navigate().refresh();
      browser.waitForText(testId("upload-unfinished"), "大文件续传.mp4");

      choose(browser, video);

      browser.waitForText(testId("upload-processing"), "240p");
      List<JsonObject> attempts = uploadsNamed("大文件续传.mp4");
      assertThat(attempts).as("continued, not started anew").hasSize(1);
      assertThat(url).endsWith(attempts.getFirst().getString("id"));
      assertThat(attempts.getFirst().getJsonNumber("offset").longValue()).isEqualTo(content.length);
      browser.screenshot("trainer-upload-resumed");
    }
  }

  private static void openUploads(Browser browser) {
    browser.open(Api.baseUrl() + "/");
    browser.logInAs("trainer");
    browser.visible(testId("menu-uploads")).click();
    browser.visible(testId("resumable-uploader"));
  }

  /** The file input is hidden behind the button; Selenium fills it directly, as a person would through the dialog. */
  private static void choose(Browser browser, Path file) {
    WebElement input = browser.driver().findElement(testId("upload-input"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].hidden = false", input);
    input.sendKeys(file.toString());
  }

  private static List<JsonObject> uploadsNamed(String fileName) {
    return Api.get("/api/uploads?size=50", Tokens.of("trainer")).object().getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(u -> u.getString("fileName").equals(fileName))
        .toList();
  }

  private static Path file(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("zhixing-upload");
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
