package org.zhixing.schedule.control;

import java.time.Instant;

/**
 * A site (a village activity room, or any unit holding audience people) of a remote session at one occurrence: how
 * many people it expects, and its check-in, which is empty ({@code checkedInAt} null) for a missing site.
 */
public record SiteCheckIn(String siteUnitCode, long expected, Instant checkedInAt, Integer presentCount, String checkedBy) {

  public boolean isMissing() {
    return checkedInAt == null;
  }
}
