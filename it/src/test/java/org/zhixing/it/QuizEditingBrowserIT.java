package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.question;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainer corrects a question in 题库 — the form opens filled with the stored question — and gives it a picture,
 * which the page then shows through its signed link.
 */
@ExtendWith(ArquillianExtension.class)
class QuizEditingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aTrainerRewritesAQuestionAndGivesItAPicture() throws IOException {
    String name = "浏览器编辑题库 " + System.nanoTime();
    long bank = bank(TRAINER, name);
    long judge = question(bank, "TRUE_FALSE", "第一书记由乡镇选派。", List.of(), List.of("错"));
    Path picture = Files.createTempFile("question", ".png");
    var image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.BLUE);
    graphics.fillRect(0, 0, 60, 40);
    graphics.dispose();
    ImageIO.write(image, "png", picture.toFile());

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/quiz/banks");
      browser.logInAs(TRAINER);
      row(browser, "[data-test='quiz-bank-list']", name).click();
      browser.visible(testId("quiz-question-edit-" + judge)).click();

      WebElement stem = browser.visible(By.cssSelector(".el-dialog textarea"));
      assertThat(stem.getAttribute("value")).as("the form holds the stored question").isEqualTo("第一书记由乡镇选派。");
      stem.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // clear() would not tell Vue the text changed
      stem.sendKeys("第一书记由县委组织部选派。");
      browser.visible(testId("quiz-question-save")).click();
      browser.waitForText(testId("quiz-questions"), "第一书记由县委组织部选派。");

      browser.driver().findElement(testId("quiz-question-image-pick-" + judge)).sendKeys(picture.toString());
      WebElement shown = browser.visible(testId("quiz-question-image-" + judge));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
          ((Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", shown)) == 60L);
      browser.screenshot("trainer-question-edited");
    } finally {
      Files.deleteIfExists(picture);
    }
    JsonObject stored = Api.get("/api/quiz/banks/" + bank + "/questions/" + judge, Tokens.of(TRAINER)).object();
    assertThat(stored.getString("stem")).isEqualTo("第一书记由县委组织部选派。");
    assertThat(stored.getJsonArray("answer").getString(0)).as("the answer kept").isEqualTo("F");
    assertThat(stored.getString("imageUrl")).startsWith("/media/");
  }

  private static WebElement row(Browser browser, String table, String text) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> driver
        .findElements(By.cssSelector(table + " .el-table__body tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElse(null));
  }
}
