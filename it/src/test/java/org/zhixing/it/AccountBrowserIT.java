package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AccountVillage.awaitAccount;
import static org.zhixing.it.Browser.testId;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A county admin finds an imported person in the people list, sees their account is active, resets the password and
 * reads the one-time code from the dialog — the code then is the person's password in the real Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class AccountBrowserIT {

  private static final AccountVillage VILLAGE = new AccountVillage(1);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void adminResetsAPasswordInThePeopleListAndTheCodeShownWorks() {
    try {
      long id = VILLAGE.importNewPerson("钱学文", "13755550101");
      awaitAccount(id);
      By cell = testId("account-" + id);

      try (Browser browser = new Browser()) {
        browser.open(Api.baseUrl() + "/");
        browser.logInAs(AccountVillage.ADMIN);
        browser.visible(testId("menu-org")).click();
        // Element Plus puts the test id on the native input or on its wrapper, depending on the version
        browser.visible(By.cssSelector("input[data-test='people-name'], [data-test='people-name'] input"))
            .sendKeys("钱学文");
        browser.waitForText(cell, "已开通");

        browser.visible(By.cssSelector("[data-test='account-%d'] [data-test='account-reset']".formatted(id))).click();
        browser.visible(By.cssSelector(".el-message-box__btns .el-button--primary")).click();
        String code = browser.visible(testId("account-code")).getText().replace(" ", "");

        assertThat(code).hasSize(10);
        var login = KeycloakLogins.login("13755550101", code);
        assertThat(login.refusal()).as("the code is the password; a new one is asked for")
            .isEqualTo("Account is not fully set up");
        browser.screenshot("taikang-admin-account-reset"); // after the login: the dialog has finished fading in
        browser.visible(testId("account-code-close")).click();
      }
    } finally {
      VILLAGE.restore();
    }
  }
}
