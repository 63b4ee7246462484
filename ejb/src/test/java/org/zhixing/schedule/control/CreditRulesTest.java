package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhixing.schedule.control.CreditRules.Rule;
import org.zhixing.schedule.entity.SessionLevel;
import org.zhixing.schedule.entity.SessionMode;

class CreditRulesTest {

  @Test
  void hoursGoInHalfHoursFromZeroToADay() {
    assertThat(CreditRules.checkHours(new BigDecimal("0"))).isZero();
    assertThat(CreditRules.checkHours(new BigDecimal("2.5"))).isEqualByComparingTo("2.5");
    assertThat(CreditRules.checkHours(new BigDecimal("24.0"))).isEqualByComparingTo("24");
    for (String wrong : new String[] {"-1", "24.5", "1.25", "0.3"}) {
      assertThatThrownBy(() -> CreditRules.checkHours(new BigDecimal(wrong))).as(wrong).isInstanceOf(InvalidCreditHoursException.class);
    }
  }

  @Test
  void aRuleChecksItsHours() {
    assertThatThrownBy(() -> new Rule(SessionMode.SEMINAR, SessionLevel.COUNTY, new BigDecimal("1.7")))
        .isInstanceOf(InvalidCreditHoursException.class);
  }
}
