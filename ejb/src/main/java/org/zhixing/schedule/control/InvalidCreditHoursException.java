package org.zhixing.schedule.control;

import java.math.BigDecimal;
import org.zhixing.platform.problem.DomainException;

/** Credit hours must be 0 to 24 in half-hour steps. */
public class InvalidCreditHoursException extends DomainException {

  public InvalidCreditHoursException(BigDecimal hours) {
    super("invalid-credit-hours", 422, "Invalid credit hours " + hours, String.valueOf(hours));
  }
}
