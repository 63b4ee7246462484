package org.zhixing.schedule.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A roster line, times in Asia/Shanghai; {@code correctedBy} names the trainer who last corrected it by hand. */
public record RosterLineView(
    long personId, String name, String unitCode, String unitName, List<String> positions, boolean present,
    OffsetDateTime signedInAt, OffsetDateTime signedOutAt, boolean late, boolean leftEarly, boolean absent,
    boolean corrected, String correctedBy, BigDecimal creditHours) {

  static RosterLineView of(RosterLine l) {
    return new RosterLineView(l.personId(), l.name(), l.unitCode(), l.unitName(), l.positions(), l.present(),
        ShanghaiTime.of(l.signedInAt()), ShanghaiTime.of(l.signedOutAt()), l.late(), l.leftEarly(), l.absent(),
        l.correctedBy() != null, l.correctedBy(), l.creditHours());
  }
}
