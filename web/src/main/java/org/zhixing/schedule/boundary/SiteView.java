package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import org.zhixing.schedule.boundary.SiteAttendance.SiteLine;

/** A site of a remote session at one occurrence; a missing site has no check-in time or count. */
public record SiteView(
    String unitCode, String unitName, long expected, boolean missing, OffsetDateTime checkedInAt, Integer presentCount,
    String checkedBy) {

  static SiteView of(SiteLine line) {
    var site = line.site();
    return new SiteView(site.siteUnitCode(), line.unitName(), site.expected(), site.isMissing(),
        ShanghaiTime.of(site.checkedInAt()), site.presentCount(), site.checkedBy());
  }
}
