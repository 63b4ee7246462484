package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** No calendar feed has this address: it never existed or was revoked. */
public class CalendarFeedNotFoundException extends DomainException {

  public CalendarFeedNotFoundException(String secret) {
    super("calendar-feed-not-found", 404, "No calendar feed at this address", secret == null || secret.length() < 6 ? "?" : secret.substring(0, 6) + "…");
  }
}
