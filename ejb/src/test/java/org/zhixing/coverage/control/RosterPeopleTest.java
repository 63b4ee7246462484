package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhixing.coverage.control.RosterPeople.Line;
import org.zhixing.coverage.control.RosterPeople.Status;

class RosterPeopleTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-24T02:00:00Z");

  @Test
  void aLineReadsAsNotStartedStartedCompletedOrLeft() {
    assertThat(line(null, null, null).status()).isEqualTo(Status.NOT_STARTED);
    assertThat(line(MONDAY, null, null).status()).isEqualTo(Status.STARTED);
    assertThat(line(MONDAY, TUESDAY, null).status()).isEqualTo(Status.COMPLETED);
  }

  @Test
  void someoneWhoLeftCountsAsLeftWhateverTheyDidBefore() {
    assertThat(line(MONDAY, TUESDAY, TUESDAY).status()).isEqualTo(Status.LEFT);
    assertThat(line(null, null, MONDAY).status()).isEqualTo(Status.LEFT);
  }

  private static Line line(Instant started, Instant completed, Instant left) {
    return new Line(1, "张三", "411627101201", false, false, 0, BigDecimal.ZERO, started, completed, left,
        left == null ? null : "DEPARTED");
  }
}
