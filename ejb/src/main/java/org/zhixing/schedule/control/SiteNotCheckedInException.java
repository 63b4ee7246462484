package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A site updates its count only after it checked in with the screen's code. */
public class SiteNotCheckedInException extends DomainException {

  public SiteNotCheckedInException(String unitCode, long occurrenceId) {
    super("site-not-checked-in", 409, "Site %s has not checked in to occurrence %s".formatted(unitCode, occurrenceId), unitCode, String.valueOf(occurrenceId));
  }
}
