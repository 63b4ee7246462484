package org.zhixing.platform.audience;

import org.zhixing.platform.problem.DomainException;

/** An audience rule that names no unit or a star target outside 1–5; {@code field} names the one at fault. */
public class InvalidAudienceException extends DomainException {

  public InvalidAudienceException(String field) {
    super("invalid-audience", 422, "Invalid audience rule: " + field, field);
  }
}
