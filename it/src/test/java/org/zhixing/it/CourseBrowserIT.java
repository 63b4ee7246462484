package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Courses in real Chromium: a learner opens a demo course; a trainer reorders lessons by drag and drop and submits; the
 * county admin rejects a course with a comment from the review queue, the trainer reads it and resubmits, the admin
 * publishes.
 */
@ExtendWith(ArquillianExtension.class)
class CourseBrowserIT {

  /** Chromium's HTML5 drag and drop does not react to synthetic mouse moves, so the events are dispatched directly. */
  private static final String DRAG_AND_DROP =
      """
      const [source, target] = arguments;
      const data = new DataTransfer();
      const fire = (element, type) => element.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
      fire(source, 'dragstart'); fire(target, 'dragover'); fire(target, 'drop'); fire(source, 'dragend');
      """;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void learnerOpensADemoCourseWithItsLessonsAndPolicies() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("learner");
      browser.visible(testId("menu-courses")).click();
      browser.visible(By.cssSelector("input[data-test='course-search'], [data-test='course-search'] input")).sendKeys("支部过硬星\n");
      browser.waitForText(testId("course-catalog"), "建强村党组织");
      browser.screenshot("learner-course-catalog");

      browser.visible(By.xpath("//*[@data-test='course-card'][contains(.,'支部过硬星')]")).click();
      browser.waitForText(testId("course-title"), "支部过硬星");
      List<WebElement> lessons = browser.driver().findElements(testId("course-lesson"));
      assertThat(lessons).hasSizeGreaterThanOrEqualTo(3);
      assertThat(browser.visible(testId("course-policies")).getText()).contains("支部过硬星");
      assertThat(browser.driver().findElements(testId("lesson-kind"))).extracting(WebElement::getText).contains("视频", "文档", "图文");
      assertThat(browser.driver().findElement(testId("lesson-play")).getAttribute("href")).matches(".*/learn/\\d+/\\d+");
      browser.screenshot("learner-course-page");
    }
  }

  @Test
  void trainerReordersLessonsByDragAndDropAndSubmits() {
    String token = Tokens.of("trainer");
    String title = "拖拽排序测试-" + System.nanoTime();
    Api.Answer created = Api.postJson("/api/courses", token,
        Json.createObjectBuilder().add("title", title).add("creditHours", 1).add("required", false).build().toString());
    long id = created.object().getJsonNumber("id").longValue();
    for (String lesson : List.of("甲", "乙", "丙")) {
      Api.postJson("/api/courses/" + id + "/lessons", token,
          Json.createObjectBuilder().add("title", lesson).add("bodyHtml", "<p>" + lesson + "</p>").build().toString());
    }

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/courses/" + id + "/edit");
      browser.logInAs("trainer");
      browser.waitForText(testId("course-lessons"), "丙");
      List<WebElement> rows = browser.driver().findElements(testId("editor-lesson"));
      ((JavascriptExecutor) browser.driver()).executeScript(DRAG_AND_DROP, rows.get(2), rows.get(0));

      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(d -> lessonOrder(id, token).equals(List.of("丙", "甲", "乙")));
      assertThat(browser.driver().findElements(testId("editor-lesson-title"))).extracting(WebElement::getText)
          .containsExactly("丙", "甲", "乙");
      browser.screenshot("trainer-course-editor");

      browser.visible(testId("course-submit")).click();
      browser.waitForText(testId("course-status"), "待审核");
    }
    assertThat(Api.get("/api/courses/" + id, token).object().getString("status")).isEqualTo("SUBMITTED");
  }

  @Test
  void anAdminRejectsWithACommentTheTrainerResubmitsAndTheAdminPublishes() {
    String trainer = Tokens.of("trainer");
    String title = "审核流程测试-" + System.nanoTime();
    long id = Api.postJson("/api/courses", trainer,
        Json.createObjectBuilder().add("title", title).add("creditHours", 1).add("required", false).build().toString())
        .object().getJsonNumber("id").longValue();
    Api.postJson("/api/courses/" + id + "/lessons", trainer,
        Json.createObjectBuilder().add("title", "导学").add("bodyHtml", "<p>导学</p>").build().toString());
    assertThat(Api.post("/api/courses/" + id + "/submit", trainer).status()).isEqualTo(200);
    assertThat(reviewQueue("taikang-admin")).contains(title);
    assertThat(reviewQueue("dancheng-admin")).as("another county's queue").doesNotContain(title);

    String comment = "请补充政策依据";
    try (Browser admin = new Browser()) {
      openInReviewQueue(admin, title);
      admin.visible(testId("course-reject")).click();
      admin.visible(By.cssSelector(".el-message-box textarea")).sendKeys(comment);
      admin.visible(By.cssSelector(".el-message-box__btns .el-button--primary")).click();
      admin.waitForText(testId("course-status"), "草稿");
    }
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/courses/" + id + "/edit");
      browser.logInAs("trainer");
      browser.waitForText(testId("course-review-comment"), comment);
      browser.screenshot("trainer-sees-review-comment");
      browser.visible(testId("course-submit")).click();
      browser.waitForText(testId("course-status"), "待审核");
    }
    try (Browser admin = new Browser()) {
      openInReviewQueue(admin, title);
      admin.visible(testId("course-approve")).click();
      admin.waitForText(testId("course-status"), "已发布");
      admin.screenshot("admin-published-course");
    }
    JsonObject published = Api.get("/api/courses/" + id + "?published=true", Tokens.of("learner")).object();
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.getString("title")).isEqualTo(title);
  }

  private static void openInReviewQueue(Browser admin, String title) {
    admin.open(Api.baseUrl() + "/");
    admin.logInAs("taikang-admin");
    admin.visible(testId("menu-course-review")).click();
    admin.waitForText(testId("course-table"), title);
    admin.visible(By.xpath("//a[@data-test='course-row'][contains(.,'" + title + "')]")).click();
    admin.waitForText(testId("course-status"), "待审核");
  }

  private static List<String> reviewQueue(String username) {
    return Api.get("/api/courses/manage?status=SUBMITTED&size=100", Tokens.of(username)).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .map(course -> course.getString("title"))
        .toList();
  }

  private static List<String> lessonOrder(long id, String token) {
    return Api.get("/api/courses/" + id, token).object().getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
        .map(lesson -> lesson.getString("title"))
        .toList();
  }
}
