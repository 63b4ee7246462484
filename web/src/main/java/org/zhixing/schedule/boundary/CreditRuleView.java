package org.zhixing.schedule.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.schedule.control.CreditRules.Rule;
import org.zhixing.schedule.entity.SessionLevel;
import org.zhixing.schedule.entity.SessionMode;

/** The credit hours of one mode at one level, as read and as sent. */
public record CreditRuleView(@NotBlank String mode, @NotBlank String level, @NotNull BigDecimal hours) {

  static CreditRuleView of(Rule rule) {
    return new CreditRuleView(rule.mode().name(), rule.level().name(), rule.hours());
  }

  Rule toRule() {
    try {
      return new Rule(SessionMode.valueOf(mode.strip()), SessionLevel.valueOf(level.strip()), hours);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("mode/level", mode + "/" + level);
    }
  }
}
