package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.Json;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session for the demo learner starts in half an hour: after the reminder sweep the learner sees the reminder under
 * the bell in the portal's header, opens it, and finds the session in the month view of 我的培训; the trainer finds it
 * in the month view of 培训安排.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aLearnerSeesTheReminderUnderTheBellAndTheSessionInTheirMonthView() {
    String title = "提醒演示 " + ThreadLocalRandom.current().nextInt(1_000_000);
    long session = publishedSoon(title);
    try {
      try (Browser learner = new Browser()) {
        learner.open(Api.baseUrl() + "/");
        learner.logInAs("learner");
        WebDriverWait wait = new WebDriverWait(learner.driver(), Duration.ofSeconds(30));
        wait.until(d -> !d.findElement(By.cssSelector("[data-test='notification-badge'] sup")).getText().isBlank());
        learner.visible(testId("notification-bell")).click();
        wait.until(d -> d.findElements(testId("notification")).stream().anyMatch(e -> e.getText().contains(title)));
        learner.screenshot("learner-reminder-bell");
        learner.driver().findElements(testId("notification")).stream().filter(e -> e.getText().contains(title))
            .findFirst().orElseThrow().click();

        wait.until(d -> d.getCurrentUrl().contains("/my-sessions"));
        learner.visible(By.id("tab-calendar")).click();
        wait.until(d -> d.findElements(testId("calendar-event")).stream().anyMatch(e -> e.getText().contains(title)));
        assertThat(learner.visible(testId("session-calendar")).getDomAttribute("data-from")).matches("\\d{4}-\\d{2}-\\d{2}");
        learner.screenshot("learner-month-view");
      }
      try (Browser trainer = new Browser()) {
        trainer.open(Api.baseUrl() + "/");
        trainer.logInAs("trainer");
        trainer.visible(testId("menu-sessions")).click();
        trainer.visible(By.id("tab-calendar")).click();
        new WebDriverWait(trainer.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(testId("calendar-event"))
            .stream().anyMatch(e -> e.getText().contains(title)));
        trainer.driver().findElements(testId("calendar-event")).stream().filter(e -> e.getText().contains(title))
            .findFirst().orElseThrow().click();
        assertThat(trainer.visible(testId("occurrence-move-save")).isDisplayed()).isTrue();
        trainer.screenshot("trainer-month-view-move");
      }
    } finally {
      Api.post("/api/sessions/" + session + "/cancel", Tokens.of("taikang-admin"));
    }
  }

  /** A session of 太康县 for the learner starting in 30 minutes, published, with the reminder sweep run. */
  private static long publishedSoon(String title) {
    OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
    String session = Json.createObjectBuilder()
        .add("level", "COUNTY").add("mode", "CENTRALIZED").add("title", title).add("organizerCode", "411627000000")
        .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
        .add("venueName", "提醒演示教室 " + ThreadLocalRandom.current().nextLong(1_000_000_000L))
        .add("additions", Json.createArrayBuilder().add("learner"))
        .build().toString();
    Api.Answer created = Api.postJson("/api/sessions", Tokens.of("taikang-admin"), session);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.object().getJsonNumber("id").longValue();
    assertThat(Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of("taikang-admin")).status())
        .isEqualTo(200);
    assertThat(Api.post("/api/reminders/sweep", Tokens.of("sys-admin")).status()).isEqualTo(200);
    return id;
  }
}
