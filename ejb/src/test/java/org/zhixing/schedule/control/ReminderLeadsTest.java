package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReminderLeadsTest {

  private final ReminderLeads standard = ReminderLeads.parse("24h,1h");

  @Test
  void aStartBetweenTheLeadsGetsTheLongerReminder() {
    assertThat(standard.leadFor(Duration.ofHours(5))).contains(Duration.ofHours(24));
    assertThat(standard.leadFor(Duration.ofHours(24))).contains(Duration.ofHours(24));
    assertThat(standard.leadFor(Duration.ofMinutes(61))).contains(Duration.ofHours(24));
  }

  @Test
  void aStartWithinAnHourGetsOnlyTheHourReminder() {
    assertThat(standard.leadFor(Duration.ofMinutes(60))).contains(Duration.ofHours(1));
    assertThat(standard.leadFor(Duration.ofMinutes(40))).contains(Duration.ofHours(1));
    assertThat(standard.leadFor(Duration.ofSeconds(1))).contains(Duration.ofHours(1));
  }

  @Test
  void noReminderBeyondTheLongestLeadOrOnceItBegan() {
    assertThat(standard.leadFor(Duration.ofHours(24).plusSeconds(1))).isEmpty();
    assertThat(standard.leadFor(Duration.ZERO)).isEmpty();
    assertThat(standard.leadFor(Duration.ofMinutes(-5))).isEmpty();
  }

  @Test
  void leadsAreReadInAnyOrderAndUnitWithoutDuplicates() {
    ReminderLeads leads = ReminderLeads.parse(" 30m, 2d,3h ,3h");
    assertThat(leads.ascending()).containsExactly(Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofDays(2));
    assertThat(leads.longest()).isEqualTo(Duration.ofDays(2));
    assertThat(leads.leadFor(Duration.ofHours(10))).contains(Duration.ofDays(2));
    assertThat(leads.leadFor(Duration.ofHours(2))).contains(Duration.ofHours(3));
  }

  @Test
  void theDefaultIsADayAndAnHour() {
    assertThat(ReminderLeads.fromSystemProperties().ascending()).containsExactly(Duration.ofHours(1), Duration.ofHours(24));
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> ReminderLeads.parse("24 hours")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReminderLeads.parse("0h")).isInstanceOf(IllegalArgumentException.class);
  }
}
