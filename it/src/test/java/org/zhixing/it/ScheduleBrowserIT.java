package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainer plans a session starting now for the demo learner, publishes it (accepting conflicts if the trainer is
 * booked elsewhere by another test), opens the occurrence's QR screen; the learner opens the address the QR code holds
 * (read from the screen) in their own browser, logs in and is signed in; the trainer's live numbers count them.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aTrainerPublishesASessionAndTheLearnerSignsInWithItsQrCode() {
    String title = "扫码签到演示 " + ThreadLocalRandom.current().nextInt(1_000_000);
    try (Browser trainer = new Browser(); Browser learner = new Browser()) {
      trainer.open(Api.baseUrl() + "/");
      trainer.logInAs("trainer");
      trainer.visible(testId("menu-sessions")).click();
      trainer.visible(testId("session-create")).click();
      type(trainer, "session-title", title);
      type(trainer, "session-venue", "太康县委党校第一教室");
      type(trainer, "session-additions", "learner");
      trainer.visible(testId("session-save")).click();
      // the button shows as soon as the saved session loads, but stays disabled until the save has finished: a click
      // before that does nothing (what made this test fail on a busy machine)
      new WebDriverWait(trainer.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.elementToBeClickable(testId("session-publish"))).click();
      new WebDriverWait(trainer.driver(), Duration.ofSeconds(30)).until(d ->
          !d.findElements(testId("session-publish-anyway")).isEmpty() || !d.findElements(testId("session-qr-link")).isEmpty());
      trainer.screenshot("trainer-session-before-publish");
      if (trainer.isPresent(testId("session-publish-anyway"))) {
        new WebDriverWait(trainer.driver(), Duration.ofSeconds(30))
            .until(ExpectedConditions.elementToBeClickable(testId("session-publish-anyway"))).click();
      }
      trainer.visible(testId("session-qr-link")).click();
      assertThat(trainer.visible(testId("sign-in-qr")).getDomAttribute("data-code")).matches("[0-9a-z]+~[0-9a-z]+~[A-Za-z0-9_-]{22}");
      assertThat(trainer.driver().findElement(By.cssSelector("[data-test='sign-in-qr'] svg"))).isNotNull();
      trainer.waitForText(testId("live-expected"), "1");
      trainer.screenshot("trainer-sign-in-screen");

      // the phone opens the address in the QR code, logs in, and lands back on the sign-in page
      learner.open(Api.baseUrl() + "/sign-in/" + Api.encode(trainer.visible(testId("sign-in-qr")).getDomAttribute("data-code")));
      learner.logInAs("learner");
      try {
        learner.waitForText(testId("sign-in-done"), "签到成功");
      } finally {
        learner.screenshot("learner-sign-in");
      }

      trainer.waitForText(testId("live-signed-in"), "1");
      learner.open(Api.baseUrl() + "/my-sessions");
      new WebDriverWait(learner.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(testId("my-session")).stream()
          .anyMatch(e -> e.getText().contains(title) && e.getText().contains("已签到")));
      learner.screenshot("learner-my-sessions");
    }
  }

  /** Element Plus puts the attribute on the native input (or, in some versions, on its wrapper). */
  private static void type(Browser browser, String testId, String text) {
    browser.visible(By.cssSelector("input[data-test='" + testId + "'], [data-test='" + testId + "'] input")).sendKeys(text);
  }
}
