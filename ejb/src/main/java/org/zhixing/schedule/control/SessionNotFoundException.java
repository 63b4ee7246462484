package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A session that does not exist, or that the caller may not see (both look the same from outside). */
public class SessionNotFoundException extends DomainException {

  public SessionNotFoundException(long id) {
    super("session-not-found", 404, "No session %s".formatted(id), String.valueOf(id));
  }
}
