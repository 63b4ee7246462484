package org.zhixing.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhixing.org.boundary.AccountHolder;

class AccountPlanTest {

  private static final String PATH = "/411600000000/411627000000/411627101000/411627101201/";

  @Test
  void servingPeopleWithoutALoginGetAnAccount() {
    assertThat(AccountPlan.needsNewAccount(holder(false, null))).isTrue();
  }

  @Test
  void departedPeopleAndDemoAccountsDoNot() {
    assertThat(AccountPlan.needsNewAccount(holder(true, null))).isFalse();
    assertThat(AccountPlan.needsNewAccount(holder(false, "learner"))).isFalse();
  }

  @Test
  void theAccountIsEnabledWhileThePersonServesAndCarriesTheirUnitAndName() {
    var wanted = AccountPlan.wantedFor(holder(false, null));
    assertThat(wanted.enabled()).isTrue();
    assertThat(wanted.lastName()).isEqualTo("王");
    assertThat(wanted.firstName()).isEqualTo("建国");
    assertThat(wanted.unitCode()).isEqualTo("411627101201");
    assertThat(wanted.unitPath()).isEqualTo(PATH);
    assertThat(AccountPlan.wantedFor(holder(true, null)).enabled()).isFalse();
  }

  private static AccountHolder holder(boolean departed, String username) {
    return new AccountHolder(7, "王建国", "13800001234", "411627101201", PATH, departed, username);
  }
}
