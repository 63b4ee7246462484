package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhixing.content.CoursePack;
import org.zhixing.content.CourseSeed;

/**
 * The learner's player in real Chromium, on the demo courses: a video played from its HLS ladder, left and resumed on
 * a fresh page at the second where they stopped, while the progress bar moves with what the server counted; a PDF shown page by page with
 * its dwell time counted.
 */
@ExtendWith(ArquillianExtension.class)
class LessonPlayerBrowserIT {

  /**
   * Whether the page's canvas shows anything darker than paper, i.e. pdf.js has drawn the page's text. Looked up at
   * each try: the page may be drawn again (a resize, a layout change above it) while the test waits.
   */
  private static final String INKED = """
      const c = document.querySelector('.pdf-lesson__page canvas');
      if (!c || c.width === 0) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && d[i] < 128) return true; }
      return false;""";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void learnerPlaysAVideoLeavesAndResumesAtTheSameSecond() {
    long[] lesson = demoVideoLesson();
    String url = Api.baseUrl() + "/learn/%d/%d".formatted(lesson[0], lesson[1]);
    try (Browser browser = new Browser()) {
      browser.open(url);
      browser.logInAs("learner");
      WebElement video = playingFromTheLadder(browser, url);
      double before = share(browser);

      js(browser, "arguments[0].muted = true; arguments[0].play();", video);
      until(browser, () -> currentTime(browser, video) >= 7.0, Duration.ofSeconds(30));
      js(browser, "arguments[0].pause();", video);
      double stoppedAt = currentTime(browser, video);
      until(browser, () -> share(browser) > before, Duration.ofSeconds(20));
      until(browser, () -> Math.abs(savedPosition(lesson) - stoppedAt) < 0.5, Duration.ofSeconds(20));
      browser.screenshot("lesson-player-playing");

      browser.open(Api.baseUrl() + "/");
      browser.visible(testId("user-name"));

      browser.open(url);
      WebElement again = browser.visible(By.cssSelector("[data-test='lesson-video']"));
      until(browser, () -> currentTime(browser, again) > 1, Duration.ofSeconds(30));
      assertThat(currentTime(browser, again)).isCloseTo(stoppedAt, org.assertj.core.data.Offset.offset(0.5));
      assertThat(share(browser)).isGreaterThan(before);
      browser.screenshot("lesson-player-resumed");
    }
  }

  @Test
  void learnerReadsAPdfPageByPageAndItsDwellCounts() {
    long[] lesson = demoLesson("PDF");
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/learn/%d/%d".formatted(lesson[0], lesson[1]));
      browser.logInAs("learner");
      browser.waitForText(By.cssSelector("[data-test='pdf-page']"), "第 1 /");
      browser.visible(By.cssSelector(".pdf-lesson__page canvas"));
      until(browser, () -> Boolean.TRUE.equals(js(browser, INKED)), Duration.ofSeconds(30));
      browser.screenshot("lesson-player-pdf");

      until(browser, () -> progress(lesson).getInt("pagesRead") >= 1, Duration.ofSeconds(40));
      assertThat(progress(lesson).getJsonNumber("position").doubleValue()).isEqualTo(1.0);
    }
  }

  /**
   * The lesson's video element once it plays the HLS ladder: the demo videos are queued for transcoding when the pack
   * loads, so right after the server started the page may still get the original MP4; it is opened again until not.
   */
  private static WebElement playingFromTheLadder(Browser browser, String url) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      WebElement video = browser.visible(By.cssSelector("[data-test='lesson-video'][data-source]"));
      String source = video.getAttribute("data-source");
      if ("hls".equals(source) || Instant.now().isAfter(deadline)) {
        assertThat(source).as("the demo video's HLS ladder").isEqualTo("hls");
        return video;
      }
      sleep(Duration.ofSeconds(2));
      browser.open(url);
    }
  }

  /** The first VIDEO lesson of the demo courses offered to the learner: {course id, lesson id}. */
  private static long[] demoVideoLesson() {
    return demoLesson("VIDEO");
  }

  /**
   * The first lesson of this kind in the demo courses offered to the learner: {course id, lesson id}. Only the content
   * pack's courses: other tests publish courses of their own (with one-line PDFs, say) that the learner sees too.
   */
  private static long[] demoLesson(String kind) {
    String token = Tokens.of("learner");
    Set<String> demoTitles = CoursePack.load().courses().stream().map(CourseSeed::title).collect(Collectors.toSet());
    for (JsonValue item : Api.get("/api/courses?size=100", token).object().getJsonArray("items")) {
      if (!demoTitles.contains(item.asJsonObject().getString("title"))) {
        continue;
      }
      long courseId = item.asJsonObject().getJsonNumber("id").longValue();
      JsonObject course = Api.get("/api/courses/%d?published=true".formatted(courseId), token).object();
      for (JsonValue lesson : course.getJsonArray("lessons")) {
        if (lesson.asJsonObject().getString("kind").equals(kind)) {
          return new long[] {courseId, lesson.asJsonObject().getJsonNumber("id").longValue()};
        }
      }
    }
    throw new AssertionError("no demo course with a " + kind + " lesson");
  }

  private static double savedPosition(long[] lesson) {
    return progress(lesson).getJsonNumber("position").doubleValue();
  }

  private static JsonObject progress(long[] lesson) {
    return Api.get("/api/progress/courses/%d/lessons/%d".formatted(lesson[0], lesson[1]), Tokens.of("learner")).object();
  }

  private static double share(Browser browser) {
    String share = browser.visible(By.cssSelector("[data-test='lesson-progress']")).getAttribute("data-share");
    return share == null ? 0 : Double.parseDouble(share);
  }

  private static double currentTime(Browser browser, WebElement video) {
    return ((Number) js(browser, "return arguments[0].currentTime;", video)).doubleValue();
  }

  private static Object js(Browser browser, String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  private static void until(Browser browser, java.util.function.BooleanSupplier condition, Duration patience) {
    new WebDriverWait(browser.driver(), patience).until(d -> condition.getAsBoolean());
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
