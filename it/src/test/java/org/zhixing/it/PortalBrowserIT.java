package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** What a person sees in real Chromium: logging in through Keycloak and using the portal. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void learnerSeesTheirVillageButNoOrgTree() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("learner");

      browser.waitForText(testId("my-unit"), "太康县");
      assertThat(browser.visible(testId("my-unit")).getText()).contains("大许寨镇");
      assertThat(browser.visible(testId("user-roles")).getText()).contains("学员");
      assertThat(browser.isPresent(testId("menu-org"))).isFalse();
      browser.screenshot("learner-home");
    }
  }

  @Test
  void taikangAdminBrowsesTaikangAndItsPeople() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("taikang-admin");
      browser.visible(testId("menu-org")).click();

      browser.waitForText(testId("org-tree"), "太康县");
      browser.waitForText(testId("org-tree"), "大许寨镇");
      assertThat(browser.visible(testId("org-tree")).getText()).doesNotContain("郸城县");

      browser.visible(By.xpath("//*[@data-test='org-tree']//*[contains(text(),'大许寨镇')]")).click();
      browser.waitForText(testId("people-table"), "村党组织书记");
      // The county's own admin reads its people's phones whole; trainers read them masked (OrgAdministrationBrowserIT).
      assertThat(browser.visible(testId("people-table")).getText()).containsPattern("1[3-9][0-9]{9}");
      browser.screenshot("taikang-admin-org-tree");
    }
  }

  @Test
  void learnerSearchesFiltersAndOpensAPolicy() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("learner");
      browser.visible(testId("menu-policies")).click();

      browser.visible(testId("policy-search")).sendKeys("第一书记 职责");
      browser.visible(testId("policy-search-submit")).click();
      browser.waitForText(testId("policy-results"), "第一书记");
      String unfiltered = browser.visible(testId("policy-total")).getText();
      browser.visible(testId("facet-level-PROVINCE")).click();
      browser.waitUntilChanged(testId("policy-total"), unfiltered);
      browser.visible(testId("policy-level"));
      assertThat(browser.driver().findElements(testId("policy-level")))
          .isNotEmpty()
          .allSatisfy(tag -> assertThat(tag.getAttribute("data-level")).isEqualTo("PROVINCE"));
      browser.screenshot("learner-policy-search");

      browser.visible(testId("policy-hit-title")).click();
      browser.visible(testId("policy-viewer"));
      // The viewer shows before its body has loaded: wait for the body's first marked hit.
      assertThat(browser.visible(By.cssSelector("[data-test='policy-body'] mark")).getText()).isNotBlank();
      browser.screenshot("learner-policy-viewer");
    }
  }

  @Test
  void adminChoosesAFileForANewPolicy(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("关于开展村级组织换届回头看的通知.txt"), "（演示文本）换届回头看。");
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("city-admin");
      browser.visible(testId("menu-policy-manage")).click();
      browser.visible(testId("policy-upload-open")).click();

      browser.driver().findElement(testId("policy-upload-file")).sendKeys(file.toString());

      browser.waitForText(testId("policy-upload-file-name"), "关于开展村级组织换届回头看的通知.txt");
      // Element Plus hands data-test to the <input> itself, not to its wrapper.
      assertThat(browser.visible(By.xpath("//*[@data-test='policy-form-title']/descendant-or-self::input"))
              .getAttribute("value"))
          .isEqualTo("关于开展村级组织换届回头看的通知");
      browser.screenshot("city-admin-policy-upload-file");
    }
  }

  @Test
  void portalSpeaksEnglishOnRequest() {
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("city-admin");
      browser.waitForText(testId("menu-org"), "组织架构");
      browser.visible(testId("locale-switch")).click();

      browser.waitForText(testId("menu-org"), "Organisation");
      browser.screenshot("city-admin-english");
    }
  }
}
