package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CityMonthTest {

  private static final Instant NOV_15_NOON_BEIJING = Instant.parse("2026-11-15T04:00:00Z");

  @Test
  void aMonthRunsFromBeijingMidnightToBeijingMidnight() {
    CityMonth november = new CityMonth(YearMonth.of(2026, 11));

    assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
  }

  @Test
  void anInstantLateOnTheLastDayInUtcIsAlreadyTheNextMonthInBeijing() {
    assertThat(CityMonth.of(Instant.parse("2026-11-30T16:30:00Z")).month()).isEqualTo(YearMonth.of(2026, 12));
    assertThat(CityMonth.of(Instant.parse("2026-11-30T15:59:59Z")).month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(CityMonth.dayOf(Instant.parse("2026-11-30T16:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void theRunningMonthsDaysGoUpToTodayAndAPastMonthsAreAllOfThem() {
    assertThat(CityMonth.of(NOV_15_NOON_BEIJING).daysUntil(NOV_15_NOON_BEIJING))
        .hasSize(15).startsWith(LocalDate.of(2026, 11, 1)).endsWith(LocalDate.of(2026, 11, 15));
    assertThat(new CityMonth(YearMonth.of(2026, 10)).daysUntil(NOV_15_NOON_BEIJING))
        .hasSize(31).endsWith(LocalDate.of(2026, 10, 31));
    assertThat(new CityMonth(YearMonth.of(2026, 10)).until(NOV_15_NOON_BEIJING)).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
  }

  @Test
  void aMonthIsReadAsYearDashMonthAndDefaultsToTheCurrentOne() {
    assertThat(CityMonth.parse("2026-09", NOV_15_NOON_BEIJING).month()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(CityMonth.parse(null, NOV_15_NOON_BEIJING).month()).isEqualTo(YearMonth.of(2026, 11));
  }

  @Test
  void aMalformedOrFutureMonthIsInvalid() {
    for (String bad : new String[] {"2026-13", "2026/11", "November", "2026-12"}) {
      assertThatThrownBy(() -> CityMonth.parse(bad, NOV_15_NOON_BEIJING)).as(bad).isInstanceOf(InvalidMonthException.class);
    }
  }
}
