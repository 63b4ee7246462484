package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.zhixing.it.PublishedCourses.Course;

/**
 * 培训覆盖看板 in real Chromium, on a city plan of the test's own that the demo learner has completed: city-admin reads
 * the city's rate and its counties, drills 周口市 → 太康县 → the learner's township → village 411627101201 and finds the
 * learner completed, and exports the report as a workbook, live and for a snapshot of the month taken on the page;
 * taikang-admin sees 太康县 only, is refused 郸城县 readably, and on a phone the page never scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageDashboardBrowserIT {

  private static final String CITY = "411600000000";
  private static final String DANCHENG = "411625000000";
  private static final String TOWNSHIP = "411627101000";
  private static final String VILLAGE = "411627101201";

  private static final String PLAN_NAME = "覆盖看板测试计划 " + System.nanoTime();
  private static long plan;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void aCityPlanTheLearnerCompleted() {
    Course course = PublishedCourses.create("看板课程 " + System.nanoTime(), BigDecimal.ONE, video(60));
    plan = TestPlans.create("city-admin", TestPlans.draft(PLAN_NAME, CITY, TestPlans.courses(course)));
    TestPlans.publish("city-admin", plan);
    TestPlans.complete(course);
  }

  @AfterAll
  static void removeThePlan() throws SQLException {
    try (Connection db = AppDatabase.connect()) {
      AppDatabase.execute(db, "delete from training_plan where id = ?", plan);
    }
  }

  @Test
  void theCityDrillsDownToTheLearnersVillageAndExportsTheMonthsReport() throws Exception {
    String township = unitName(TOWNSHIP);
    String village = unitName(VILLAGE);
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/plans/dashboard?plan=" + plan);
      browser.logInAs("city-admin");

      browser.waitForText(testId("coverage-unit"), "周口市");
      assertThat(browser.visible(testId("coverage-rate")).getText()).matches("\\d+\\.\\d%");
      assertThat(browser.visible(testId("coverage-full")).getText()).contains("未全覆盖");
      WebElement chart = browser.visible(By.cssSelector("[data-test='coverage-children-chart'] canvas"));
      assertThat(chart.getSize().getWidth()).as("the counties' chart is drawn to the card's width").isGreaterThan(400);
      assertThat(childNames(browser)).contains("太康县", "郸城县");
      browser.screenshot("coverage-dashboard-city");

      drillInto(browser, "太康县");
      drillInto(browser, township);
      drillInto(browser, village);
      assertThat(browser.visible(testId("coverage-trail")).getText())
          .as("the breadcrumb climbs back up").contains("周口市", "太康县", township, village);
      WebElement people = browser.visible(testId("coverage-village-people"));
      browser.waitForText(testId("coverage-village-people"), "已完成");
      assertThat(people.getText()).contains(learnerName());
      browser.screenshot("coverage-dashboard-village");

      browser.visible(By.cssSelector("[data-test='coverage-trail'] a")).click();
      browser.waitForText(testId("coverage-unit"), "周口市");
      browser.visible(testId("coverage-export-xlsx")).click();
      Path report = browser.downloaded(".xlsx");
      byte[] workbook = Files.readAllBytes(report);
      assertThat(workbook).as("a real workbook (a zip)").startsWith((byte) 'P', (byte) 'K');
      assertThat(Sheets.rows(workbook, 0).toString()).as("the plan's summary sheet").contains(PLAN_NAME, "周口市");

      Files.delete(report);
      browser.visible(testId("coverage-take-snapshot")).click();
      browser.visible(testId("coverage-month")).click();
      browser.visible(By.xpath("//li[contains(@class,'el-select-dropdown__item')][contains(normalize-space(),'快照')]")).click();
      browser.waitForText(testId("coverage-month"), "快照");
      browser.waitForText(testId("coverage-unit"), "周口市");
      browser.visible(testId("coverage-export-xlsx")).click();
      List<List<String>> snapshot = Sheets.rows(Files.readAllBytes(browser.downloaded(".xlsx")), 0);
      assertThat(snapshot.toString()).as("the chosen month's report, as its snapshot kept it").contains(PLAN_NAME, "月度快照");
    }
  }

  @Test
  void aCountyAdminSeesTheirCountyOnlyAndThePhoneNeverScrollsSideways() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/plans/dashboard?plan=" + plan);
      browser.logInAs("taikang-admin");

      browser.waitForText(testId("coverage-unit"), "太康县");
      assertThat(browser.visible(testId("coverage-trail")).getText()).doesNotContain("周口市");
      assertThat(childNames(browser)).isNotEmpty().doesNotContain("郸城县", "太康县");

      browser.open(Api.baseUrl() + "/plans/dashboard?plan=" + plan + "&unit=" + DANCHENG);
      browser.waitForText(testId("coverage-error"), "无权查看该单位");
      assertThat(browser.visible(testId("coverage-error")).getText()).contains(DANCHENG).contains("不在您的管理范围内");
      assertThat(Api.get("/api/plans/%d/coverage/people?unit=%s".formatted(plan, DANCHENG), Tokens.of("taikang-admin"))
          .status()).as("nor another county's people").isEqualTo(403);

      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open(Api.baseUrl() + "/plans/dashboard?plan=" + plan);
      browser.waitForText(testId("coverage-unit"), "太康县");
      WebElement chart = browser.visible(By.cssSelector("[data-test='coverage-children-chart'] canvas"));
      browser.visible(By.cssSelector("[data-test='coverage-movement'], [data-test='coverage-trend']"));
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      long viewport = (Long) page.executeScript("return document.documentElement.clientWidth;");
      long content = (Long) page.executeScript("return document.documentElement.scrollWidth;");
      assertThat(viewport).isLessThanOrEqualTo(390);
      assertThat(content).as("no sideways scrolling of the page on a phone").isLessThanOrEqualTo(viewport);
      assertThat(chart.getSize().getWidth()).as("the chart shrinks to the phone").isLessThanOrEqualTo((int) viewport);
      browser.screenshot("coverage-dashboard-phone");
      page.executeScript("arguments[0].scrollIntoView()", chart);
      browser.screenshot("coverage-dashboard-phone-townships");
    }
  }

  private static void drillInto(Browser browser, String unit) {
    browser.visible(By.xpath("//*[@data-test='coverage-child'][normalize-space()='" + unit + "']")).click();
    browser.waitForText(testId("coverage-unit"), unit);
  }

  private static List<String> childNames(Browser browser) {
    browser.visible(testId("coverage-child"));
    return browser.driver().findElements(testId("coverage-child")).stream().map(WebElement::getText).toList();
  }

  private static String unitName(String code) {
    return Api.get("/api/org/units/" + code, Tokens.of("city-admin")).object().getString("name");
  }

  private static String learnerName() {
    Api.Answer people = Api.get("/api/plans/%d/coverage/people?unit=%s".formatted(plan, VILLAGE), Tokens.of("city-admin"));
    assertThat(people.status()).as(people.toString()).isEqualTo(200);
    return people.object().getJsonArray("items").stream().map(p -> p.asJsonObject())
        .filter(p -> p.getString("status").equals("COMPLETED")).findFirst().orElseThrow().getString("name");
  }
}
