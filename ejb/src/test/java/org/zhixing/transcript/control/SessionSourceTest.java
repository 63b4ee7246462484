package org.zhixing.transcript.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhixing.schedule.boundary.AttendedOccurrence;

class SessionSourceTest {

  private static AttendedOccurrence attended(String mode, String level) {
    Instant start = Instant.parse("2026-03-02T01:00:00Z");
    return new AttendedOccurrence(1, "五星支部创建推进会", mode, level, 2, start, start, null, BigDecimal.ONE);
  }

  @Test
  void theDetailNamesLevelAndModeInChinese() {
    assertThat(SessionSource.detail(attended("REMOTE_SYNC", "MUNICIPAL"))).isEqualTo("市级远程同步");
    assertThat(SessionSource.detail(attended("FACE_TO_FACE", "TOWNSHIP"))).isEqualTo("乡镇级面对面指导");
  }

  @Test
  void anUnknownModeIsShownAsStored() {
    assertThat(SessionSource.detail(attended("WORKSHOP", "COUNTY"))).isEqualTo("县级WORKSHOP");
  }
}
