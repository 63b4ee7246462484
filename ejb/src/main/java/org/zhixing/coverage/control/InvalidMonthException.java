package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A month that is not written {@code YYYY-MM} or has not begun yet. */
public class InvalidMonthException extends DomainException {

  public InvalidMonthException(String month) {
    super("invalid-month", 422, "Not a month so far: " + month, month);
  }
}
