package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner takes a timed paper in the portal: the countdown runs from the server's deadline, answers are saved as
 * they are given, a reload midway shows them again with the clock still running, and submitting shows the result
 * with the explanations.
 */
@ExtendWith(ArquillianExtension.class)
class QuizBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aLearnerTakesATimedPaperReloadsMidwayAndFinishesIt() {
    String title = "浏览器限时测验 " + System.nanoTime();
    long paper = publishedPaper(title);

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/quiz");
      browser.logInAs("learner");
      browser.visible(testId("quiz-take-" + paper)).click();

      String before = browser.visible(testId("quiz-timer")).getText();
      assertThat(before).matches("0[12]:\\d\\d");
      option(browser, 1, "支部过硬星").click();
      option(browser, 2, "正确").click();
      browser.waitForText(testId("quiz-save-state"), "答案已自动保存");
      browser.screenshot("learner-quiz-midway");

      browser.driver().navigate().refresh();
      browser.waitForText(testId("quiz-item-1"), "支部过硬星");
      assertThat(option(browser, 1, "支部过硬星").getAttribute("class")).contains("is-checked");
      assertThat(option(browser, 2, "正确").getAttribute("class")).contains("is-checked");
      String after = browser.visible(testId("quiz-timer")).getText();
      assertThat(after).as("the clock kept running through the reload").isLessThanOrEqualTo(before);

      browser.visible(By.cssSelector("[data-test='quiz-blank-3-0'] input, input[data-test='quiz-blank-3-0']"))
          .sendKeys("生态宜居");
      browser.visible(testId("quiz-submit")).click();
      browser.visible(By.cssSelector(".el-message-box__btns .el-button--primary")).click();

      browser.waitForText(testId("quiz-score"), "30");
      assertThat(browser.visible(testId("quiz-passed")).getText()).isEqualTo("合格");
      browser.waitForText(testId("quiz-review-3"), "生态宜居");
      assertThat(browser.visible(testId("quiz-review-1")).getText()).contains("解析：支部过硬是五星之基");
      browser.screenshot("learner-quiz-result");
    }
  }

  /** The radio of question {@code number} whose label shows this text, in whatever order the attempt shows them. */
  private static WebElement option(Browser browser, int number, String text) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> driver
        .findElements(By.cssSelector("[data-test^='quiz-option-" + number + "-']")).stream()
        .filter(element -> element.getText().contains(text))
        .findFirst()
        .orElse(null));
  }

  /** A trainer's paper of three questions, two minutes long, answers shown after submitting. */
  private static long publishedPaper(String title) {
    String trainer = Tokens.of("trainer");
    long bank = Api.postJson("/api/quiz/banks", trainer, "{\"name\":\"" + title + "\"}").object().getJsonNumber("id").longValue();
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (var question : List.of(
        question("SINGLE_CHOICE", "五星支部创建中，哪一星是基础？", List.of("支部过硬星", "产业兴旺星", "乡风文明星"), "A", "支部过硬是五星之基"),
        question("TRUE_FALSE", "驻村第一书记由县委组织部选派。", List.of(), "对", "见选派办法"),
        question("FILL_IN", "“____”星强调人居环境。", List.of(), "生态宜居|生态宜居星", "五星之一"))) {
      long id = Api.postJson("/api/quiz/banks/" + bank + "/questions", trainer, question).object().getJsonNumber("id").longValue();
      questions.add(Json.createObjectBuilder().add("questionId", id).add("points", 10));
    }
    String paper = Json.createObjectBuilder()
        .add("title", title).add("timeLimitSeconds", 120).add("maxAttempts", 1).add("passScore", 20)
        .add("answerVisibility", "AFTER_SUBMIT").add("questions", questions).build().toString();
    long id = Api.postJson("/api/quiz/papers", trainer, paper).object().getJsonNumber("id").longValue();
    assertThat(Api.post("/api/quiz/papers/" + id + "/publish", trainer).status()).isEqualTo(200);
    return id;
  }

  private static String question(String type, String stem, List<String> options, String answer, String explanation) {
    return Json.createObjectBuilder().add("type", type).add("stem", stem).add("options", Json.createArrayBuilder(options))
        .add("answer", Json.createArrayBuilder().add(answer)).add("explanation", explanation).add("difficulty", 2)
        .build().toString();
  }
}
