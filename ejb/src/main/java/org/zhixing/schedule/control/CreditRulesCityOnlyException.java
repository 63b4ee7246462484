package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Credit hours by mode and level hold for the whole city, so only the city's admins change them. */
public class CreditRulesCityOnlyException extends DomainException {

  public CreditRulesCityOnlyException(String username) {
    super("credit-rules-city-only", 403, "Only city-wide admins change credit rules; %s is not".formatted(username), username);
  }
}
