package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 培训计划 in real Chromium: the 太康县 admin writes a plan for their county with a demo course picked by title and a
 * target rate, is told that a period ending before it starts is wrong, saves, opens the draft again and saves it,
 * publishes and reads the roster size the API reports; a published plan is no longer offered for editing. The unit
 * picker offers nothing of 郸城县, and 郸城县's code typed in is refused on the unit field. The plan (its own, uniquely
 * named) stays published.
 */
@ExtendWith(ArquillianExtension.class)
class PlanEditorBrowserIT {

  private static final String ADMIN = "taikang-admin";
  private static final String TAIKANG = "411627000000";
  private static final String DANCHENG = "411625000000";
  private static final String DANCHENG_PREFIX = "411625";
  private static final String DEMO_COURSE = "支部过硬星";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aCountyAdminWritesPublishesAndCountsAPlanWithinTheirCounty() {
    String name = "浏览器培训计划 " + ThreadLocalRandom.current().nextInt(1_000_000);
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/plans");
      browser.logInAs(ADMIN);
      browser.visible(testId("plan-create")).click();
      input(browser, "plan-name").sendKeys(name);

      // the picker searches the admin's subtree: 太康县 itself is found, nothing of 郸城县
      unitSearch(browser).sendKeys("郸城");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
          !d.findElements(testId("unit-search-empty")).isEmpty()
              || !d.findElements(By.cssSelector(".unit-search-popper .suggestion")).isEmpty());
      assertThat(browser.driver().findElements(By.cssSelector(".unit-search-popper .suggestion[data-code^='" + DANCHENG_PREFIX + "']")))
          .as("no unit of 郸城县 offered").isEmpty();
      browser.screenshot("plan-editor-no-dancheng");

      browser.visible(By.cssSelector("[data-test='plan-item-search'] input")).sendKeys(DEMO_COURSE);
      browser.visible(By.xpath("//li[contains(@class,'el-select-dropdown__item')][contains(.,'" + DEMO_COURSE + "')]")).click();
      browser.waitForText(testId("plan-items"), DEMO_COURSE);
      WebElement target = input(browser, "plan-target-rate");
      clear(target);
      target.sendKeys("95", Keys.TAB);

      // 郸城县's code typed in by hand: the server's refusal is shown on the unit
      WebElement unit = input(browser, "plan-audience-unit");
      clear(unit);
      unit.sendKeys(DANCHENG);
      browser.visible(testId("plan-save")).click();
      browser.waitForText(By.cssSelector("[data-test='plan-audience-unit-item'] .el-form-item__error"), "不在您的管理范围内");
      browser.screenshot("plan-editor-out-of-scope");

      clear(unitSearch(browser));
      unitSearch(browser).sendKeys("太康县");
      browser.visible(By.cssSelector(".unit-search-popper .suggestion[data-code='" + TAIKANG + "']")).click();
      assertThat(input(browser, "plan-audience-unit").getDomProperty("value")).isEqualTo(TAIKANG);
      browser.waitForText(testId("plan-audience-unit-name"), "太康县");
      browser.waitForText(testId("plan-audience-count"), "人");

      // a period ending before it starts is refused next to the field, before anything is sent
      date(browser, "plan-starts-on", "2026-03-01");
      date(browser, "plan-ends-on", "2026-02-01");
      date(browser, "plan-deadline", "2026-12-31");
      browser.visible(testId("plan-save")).click();
      browser.waitForText(By.cssSelector("[data-test='plan-period'] .el-form-item__error"), "结束日期不能早于开始日期");
      browser.screenshot("plan-editor-bad-period");
      date(browser, "plan-ends-on", "2026-12-31");
      browser.visible(testId("plan-save")).click();

      // the draft opens again as saved, titles and all, and is saved once more
      row(browser, name).findElement(testId("plan-edit")).click();
      browser.waitForText(testId("plan-items"), DEMO_COURSE);
      assertThat(input(browser, "plan-name").getDomProperty("value")).isEqualTo(name);
      assertThat(input(browser, "plan-target-rate").getDomProperty("value")).isEqualTo("95.00");
      browser.visible(testId("plan-save")).click();

      WebElement row = row(browser, name);
      assertThat(row.findElement(testId("plan-status")).getText()).isEqualTo("草稿");
      row.findElement(testId("plan-publish")).click();
      browser.waitForText(By.cssSelector(".el-message-box"), "发布后按规则确定应训人员名单");
      browser.visible(By.cssSelector(".el-message-box__btns .el-button--primary")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> row(browser, name).getText().contains("已发布"));
      WebElement roster = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> row(browser, name).findElements(testId("plan-roster")).stream().findFirst().orElse(null));
      browser.screenshot("plan-list-published");

      JsonObject plan = planNamed(name);
      assertThat(plan.getJsonObject("audience").getString("unitCode")).isEqualTo(TAIKANG);
      assertThat(plan.getString("startsOn")).isEqualTo("2026-03-01");
      assertThat(plan.getJsonNumber("targetRate").bigDecimalValue()).isEqualByComparingTo("0.95");
      assertThat(plan.getJsonArray("items").getJsonObject(0).getString("title")).contains(DEMO_COURSE);
      JsonObject figures = Api.get("/api/plans/" + plan.getInt("id") + "/coverage", Tokens.of(ADMIN)).object()
          .getJsonObject("figures");
      int required = figures.getInt("required");
      assertThat(required).as("a county's roster").isPositive();
      assertThat(roster.getDomAttribute("data-required")).isEqualTo(String.valueOf(required));
      assertThat(roster.getText()).contains("应训 " + required + " 人");

      // published: no editing offered in the list, the editor reads only, the API refuses
      assertThat(row(browser, name).findElements(testId("plan-edit"))).isEmpty();
      assertThat(row(browser, name).findElements(testId("plan-delete"))).isEmpty();
      browser.open(Api.baseUrl() + "/plans/" + plan.getInt("id") + "/edit");
      browser.visible(testId("plan-read-only"));
      assertThat(browser.isPresent(testId("plan-save"))).isFalse();
      assertThat(Api.delete("/api/plans/" + plan.getInt("id"), Tokens.of(ADMIN)).status()).isEqualTo(409);
    }
  }

  private static JsonObject planNamed(String name) {
    return Api.get("/api/plans?size=200", Tokens.of(ADMIN)).object().getJsonArray("items").getValuesAs(JsonObject.class)
        .stream().filter(plan -> plan.getString("name").equals(name)).findFirst().orElseThrow();
  }

  private static WebElement row(Browser browser, String name) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> driver
        .findElements(By.cssSelector("[data-test='plans'] .el-table__body tr")).stream()
        .filter(row -> row.getText().contains(name))
        .findFirst()
        .orElse(null));
  }

  /** Element Plus puts the attribute on the native input (or, in some versions, on its wrapper). */
  private static WebElement input(Browser browser, String testId) {
    return browser.visible(By.cssSelector("input[data-test='" + testId + "'], [data-test='" + testId + "'] input"));
  }

  private static WebElement unitSearch(Browser browser) {
    return browser.visible(By.cssSelector("[data-test='plan-audience-unit-search'] input"));
  }

  /** Types a day into a date picker as a person would, and confirms it with Enter. */
  private static void date(Browser browser, String testId, String day) {
    WebElement field = input(browser, testId);
    clear(field);
    field.sendKeys(day, Keys.ENTER);
  }

  /** clear() would not tell Vue the text changed. */
  private static void clear(WebElement field) {
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }
}
