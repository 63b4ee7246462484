package org.zhixing.notify.control;

import org.zhixing.platform.problem.DomainException;

/** A notification that does not exist or is someone else's (both look the same from outside). */
public class NotificationNotFoundException extends DomainException {

  public NotificationNotFoundException(long id) {
    super("notification-not-found", 404, "No notification %s".formatted(id), String.valueOf(id));
  }
}
