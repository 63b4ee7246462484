package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;
import static org.zhixing.it.OpenSessions.code;
import static org.zhixing.it.OpenSessions.firstOccurrence;
import static org.zhixing.it.OpenSessions.publish;
import static org.zhixing.it.OpenSessions.rosterPath;
import static org.zhixing.it.OpenSessions.startedNow;

import jakarta.json.Json;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Attendance in the portal: the trainer opens the roster of an occurrence the learner signed in to, corrects the
 * learner to absent with a reason and sees the correction on the roster (also after reloading), then the credit hours
 * by mode and level (5 modes × 3 levels); the learner of a
 * village that is a site of a remote session checks the village's room in from the page the QR code leads to.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void theTrainerCorrectsTheLearnersAttendanceAndSeesItOnTheRoster() {
    long id = publish(startedNow("考勤更正演示", "CENTRALIZED").add("additions", Json.createArrayBuilder().add("learner")));
    long occurrence = firstOccurrence(id);
    Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), "{\"code\":\"" + code(id, occurrence) + "\"}");
    long learner = Api.get(rosterPath(id, occurrence), Tokens.of("trainer")).object().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("personId").longValue();
    By status = testId("roster-status-" + learner);

    try (Browser trainer = new Browser()) {
      trainer.open(Api.baseUrl() + "/sessions/" + id);
      trainer.logInAs("trainer");
      trainer.visible(testId("session-credit-hours"));
      trainer.visible(testId("session-roster-link")).click();
      trainer.waitForText(status, "已到");
      trainer.visible(testId("roster-correct-" + learner)).click();
      trainer.visible(testId("correct-present-no")).click();
      trainer.visible(By.cssSelector("textarea[data-test='correct-reason'], [data-test='correct-reason'] textarea")).sendKeys("签到后未在会场，经班主任核实");
      trainer.visible(testId("correct-save")).click();
      try {
        trainer.waitForText(status, "缺勤");
        trainer.waitForText(status, "已更正（trainer）");
      } finally {
        trainer.screenshot("trainer-roster-corrected");
      }
      trainer.driver().navigate().refresh();
      trainer.waitForText(status, "缺勤");
      assertThat(trainer.visible(status).getDomAttribute("data-present")).isEqualTo("false");

      trainer.open(Api.baseUrl() + "/credit-rules");
      new WebDriverWait(trainer.driver(), Duration.ofSeconds(30)).until(d ->
          d.findElements(By.cssSelector("[data-test='credit-rules'] .el-input-number input")).size() == 15);
    }
    assertThat(Api.get(rosterPath(id, occurrence), Tokens.of("trainer")).object().getJsonArray("items").getJsonObject(0)
        .getBoolean("present")).isFalse();
  }

  @Test
  void aVillageChecksItsRoomInFromThePageTheQrCodeLeadsTo() {
    long id = publish(startedNow("远程同步分会场演示", "REMOTE_SYNC")
        .add("audience", Json.createObjectBuilder().add("unitCode", "411627101201").add("positions", Json.createArrayBuilder())));
    long occurrence = firstOccurrence(id);

    try (Browser learner = new Browser()) {
      learner.open(Api.baseUrl() + "/sign-in/" + Api.encode(code(id, occurrence)));
      learner.logInAs("learner");
      learner.visible(testId("site-check-in"));
      learner.visible(By.cssSelector("[data-test='site-check-in'] .el-checkbox")).click();
      learner.visible(testId("site-submit")).click();
      try {
        new WebDriverWait(learner.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(testId("site-checked-in")).isEmpty());
      } finally {
        learner.screenshot("learner-site-check-in");
      }
      assertThat(learner.visible(testId("site-checked-in")).getText()).contains("实到 1 人");
    }
    var sites = Api.get("/api/sessions/" + id + "/occurrences/" + occurrence + "/live", Tokens.of("trainer")).object().getJsonObject("sites");
    assertThat(sites.getInt("checkedIn")).isEqualTo(1);
    assertThat(sites.getInt("missing")).isZero();
  }

}
