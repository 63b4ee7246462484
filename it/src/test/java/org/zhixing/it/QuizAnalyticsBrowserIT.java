package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.fixed;
import static org.zhixing.it.QuizFixtures.paper;
import static org.zhixing.it.QuizFixtures.publish;
import static org.zhixing.it.QuizFixtures.question;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A trainer opens 考试分析 for a paper two people took: the score histogram is drawn (a canvas with pixels), and the
 * question table shows each question's share correct and the wrong option the learner chose.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAnalyticsBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aTrainerSeesTheHistogramAndEachQuestionsShareCorrectAndCommonWrongOption() {
    String title = "浏览器分析试卷 " + System.nanoTime();
    long bank = bank(TRAINER, title);
    long single = question(bank, "SINGLE_CHOICE", "哪一星是五星之基？", List.of("支部过硬星", "产业兴旺星", "乡风文明星"), List.of("A"));
    long judge = question(bank, "TRUE_FALSE", "第一书记由县委选派。", List.of(), List.of("对"));
    long paper = publish(paper(title, 600, 1, "AFTER_SUBMIT", fixed(single, judge)));
    submit("learner", paper, "{\"answers\":{\"1\":[\"B\"],\"2\":[\"对\"]}}");
    submit(TRAINER, paper, "{\"answers\":{\"1\":[\"A\"],\"2\":[\"对\"]}}");

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/quiz/analytics?paper=" + paper);
      browser.logInAs(TRAINER);

      browser.waitForText(testId("quiz-analysis-pass-rate"), "100.0%");
      WebElement canvas = browser.visible(By.cssSelector("[data-test='quiz-analysis-histogram'] canvas"));
      assertThat(canvas.getSize().getWidth()).as("the chart is drawn to the card's width").isGreaterThan(200);
      assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
      assertThat(browser.isPresent(By.cssSelector("[data-test='quiz-analysis-units'] canvas"))).isTrue();

      WebElement first = browser.visible(By.cssSelector("[data-test='quiz-analysis-questions'] .el-table__body tr"));
      assertThat(first.getText()).as("the worst answered first").contains("哪一星是五星之基？").contains("50.0%")
          .contains("B. 产业兴旺星 (1 人次)");
      browser.screenshot("trainer-quiz-analysis");
    }
  }

  private static void submit(String user, long paper, String answers) {
    String attempt = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(user)).object().getString("id");
    assertThat(Api.postJson("/api/quiz/attempts/" + attempt + "/submit", Tokens.of(user), answers).status()).isEqualTo(200);
  }
}
