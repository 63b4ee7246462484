package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A county admin renames a village of their county and sets its star target in the portal, then finds the change,
 * before beside after, in the audit log; and reads its secretary's phone whole where a trainer reads it masked. The
 * village is the test's own (removed afterwards).
 */
@ExtendWith(ArquillianExtension.class)
class OrgAdministrationBrowserIT {

  private static final String TOWNSHIP = "411627980000";
  private static final String VILLAGE = "411627980201";

  private static TestUnits units;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void addTestVillage() {
    units = TestUnits.open("41162798");
    units.unit("411627000000", TOWNSHIP, "浏览器测试镇", "TOWNSHIP");
    units.unit(TOWNSHIP, VILLAGE, "浏览器测试村", "VILLAGE");
    units.person(VILLAGE, "浏览器书记", "13699870001", "0427");
  }

  @AfterAll
  static void removeTestVillage() {
    units.close();
  }

  @Test
  void anAdminRenamesAVillageSetsItsStarTargetAndSeesItInTheAuditLog() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("taikang-admin");
      browser.visible(testId("menu-org-admin")).click();

      browser.visible(By.cssSelector("input[data-test='unit-search']")).sendKeys("浏览器测试村");
      browser.visible(By.cssSelector(".unit-search-popper .suggestion[data-code='" + VILLAGE + "']")).click();
      browser.waitForText(testId("unit-name"), "浏览器测试村");

      browser.visible(testId("org-admin-edit")).click();
      WebElement name = browser.visible(By.cssSelector("input[data-test='unit-edit-name']"));
      name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "浏览器测试新村");
      browser.visible(testId("unit-edit-star-4")).click();
      browser.screenshot("taikang-admin-org-admin-edit");
      browser.visible(testId("unit-edit-save")).click();

      browser.waitForText(testId("unit-name"), "浏览器测试新村");
      assertThat(browser.visible(testId("unit-star-target")).getText()).contains("4");

      browser.visible(testId("menu-audit")).click();
      browser.waitForText(testId("audit-table"), "浏览器测试新村");
      assertThat(browser.visible(testId("audit-row-action")).getText()).isEqualTo("修改单位");
      browser.visible(By.cssSelector("[data-test='audit-table'] .el-table__expand-icon")).click();
      WebElement diff = browser.visible(testId("audit-diff"));
      assertThat(diff.findElement(By.cssSelector("tr[data-field='name'] .before")).getText()).isEqualTo("浏览器测试村");
      assertThat(diff.findElement(By.cssSelector("tr[data-field='name'] .after")).getText()).isEqualTo("浏览器测试新村");
      assertThat(diff.findElement(By.cssSelector("tr[data-field='starTarget'] .after")).getText()).isEqualTo("4");
      browser.screenshot("taikang-admin-audit-log");
    }
  }

  @Test
  void theCountyAdminReadsAPhoneWholeAndTheIdNumberMaskedWhereTheTrainerReadsBothMasked() {
    assertThat(personAsSeenBy("taikang-admin")).containsExactly("13699870001", "**************0427");
    assertThat(personAsSeenBy("trainer")).containsExactly("136****0001", "**************0427");
  }

  /** Opens the village's person in the org tree page's people table and reads phone and ID number from the drawer. */
  private static List<String> personAsSeenBy(String user) {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs(user);
      browser.visible(testId("menu-org")).click();
      browser.visible(By.cssSelector("input[data-test='unit-search']")).sendKeys("浏览器测试");
      browser.visible(By.cssSelector(".unit-search-popper .suggestion[data-code='" + VILLAGE + "']")).click();
      browser.waitForText(testId("people-table"), "浏览器书记");
      browser.visible(By.xpath("//*[@data-test='people-table']//td[contains(., '浏览器书记')]")).click();
      browser.waitForText(testId("person-phone"), "0001");
      browser.screenshot(user + "-person-drawer");
      return List.of(
          browser.visible(testId("person-phone")).getText(), browser.visible(testId("person-id-number")).getText());
    }
  }
}
