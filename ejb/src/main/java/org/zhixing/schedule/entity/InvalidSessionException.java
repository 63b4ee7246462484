package org.zhixing.schedule.entity;

import org.zhixing.platform.problem.DomainException;

/** A session whose fields do not make sense together; {@code field} names the one at fault. */
public class InvalidSessionException extends DomainException {

  public InvalidSessionException(String field) {
    super("invalid-session", 422, "Invalid session: " + field, field);
  }
}
