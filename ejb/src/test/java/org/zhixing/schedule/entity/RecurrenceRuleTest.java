package org.zhixing.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecurrenceRuleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void weeklySeminarsFallOnTheSameWeekdayAndWallClockTime() {
    var starts = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=TU;COUNT=4").starts(at(2026, 12, 1, 9, 0), SHANGHAI);

    assertThat(starts).containsExactly(at(2026, 12, 1, 9, 0), at(2026, 12, 8, 9, 0), at(2026, 12, 15, 9, 0), at(2026, 12, 22, 9, 0));
  }

  @Test
  void everyTwoWeeksSkipsTheWeekBetweenAcrossTheYearEnd() {
    var starts = RecurrenceRule.parse("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3").starts(at(2026, 12, 24, 14, 30), SHANGHAI);

    assertThat(starts).containsExactly(at(2026, 12, 24, 14, 30), at(2027, 1, 7, 14, 30), at(2027, 1, 21, 14, 30));
  }

  @Test
  void monthlyOnThe31stSkipsMonthsThatHaveNone() {
    var starts = RecurrenceRule.parse("FREQ=MONTHLY;UNTIL=20271231T235959Z").starts(at(2027, 1, 31, 9, 0), SHANGHAI);

    assertThat(starts).extracting(LocalDateTime::getMonthValue).containsExactly(1, 3, 5, 7, 8, 10, 12);
  }

  @Test
  void monthlyOnTheLastDayFollowsEachMonthsLengthIncludingLeapFebruary() {
    var starts = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4").starts(at(2027, 12, 31, 9, 0), SHANGHAI);

    assertThat(starts).extracting(LocalDateTime::toLocalDate).map(Object::toString)
        .containsExactly("2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31");
  }

  @Test
  void monthlyOnTheSecondTuesday() {
    var starts = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2TU;COUNT=3").starts(at(2027, 1, 12, 9, 0), SHANGHAI);

    assertThat(starts).extracting(LocalDateTime::toLocalDate).map(Object::toString)
        .containsExactly("2027-01-12", "2027-02-09", "2027-03-09");
  }

  @Test
  void untilInUtcIsReadInShanghaiTime() {
    // 2027-01-18T16:00Z is 2027-01-19 00:00 in Shanghai: the Monday the 18th at 09:00 local is still included
    var starts = RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20270118T160000Z").starts(at(2027, 1, 4, 9, 0), SHANGHAI);

    assertThat(starts).hasSize(3).last().isEqualTo(at(2027, 1, 18, 9, 0));
  }

  @Test
  void anOpenEndedRuleIsExpandedForTheHorizonOnly() {
    var starts = RecurrenceRule.parse("FREQ=WEEKLY").starts(at(2027, 1, 4, 9, 0), SHANGHAI);

    assertThat(starts).hasSize(105).last().isEqualTo(at(2029, 1, 1, 9, 0));
  }

  @Test
  void rulesOutsideTheSupportedPartAreRefused() {
    for (String rule : List.of("FREQ=YEARLY", "FREQ=WEEKLY;BYHOUR=9", "FREQ=WEEKLY;COUNT=2;UNTIL=20270101",
        "FREQ=WEEKLY;BYDAY=2TU", "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=WEEKLY;INTERVAL=0", "BYDAY=MO", "", "FREQ=WEEKLY;COUNT=abc")) {
      assertThatThrownBy(() -> RecurrenceRule.parse(rule)).as(rule).isInstanceOf(InvalidRecurrenceException.class);
    }
  }

  /** The same rules expanded by ical4j over a whole year give the same local start times. */
  @ParameterizedTest
  @MethodSource("rulesOverAYear")
  void expansionAgreesWithIcal4jOverAWholeYear(String rule, LocalDateTime start) {
    LocalDateTime yearLater = start.plusYears(1);
    var ours = RecurrenceRule.parse(rule).starts(start, SHANGHAI).stream().filter(t -> t.isBefore(yearLater)).toList();

    List<LocalDateTime> theirs = new Recur<LocalDateTime>(rule).getDates(start, start, yearLater);

    assertThat(ours).isNotEmpty().containsExactlyElementsOf(theirs.stream().filter(t -> t.isBefore(yearLater)).toList());
  }

  static Stream<Arguments> rulesOverAYear() {
    return Stream.of(
        Arguments.of("FREQ=WEEKLY;BYDAY=MO", at(2027, 1, 4, 9, 0)),
        Arguments.of("FREQ=WEEKLY;BYDAY=MO,TH", at(2027, 1, 4, 9, 0)),
        Arguments.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", at(2026, 12, 30, 14, 0)),
        Arguments.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=SU", at(2027, 2, 27, 8, 30)),
        Arguments.of("FREQ=MONTHLY", at(2027, 1, 31, 9, 0)),
        Arguments.of("FREQ=MONTHLY;BYMONTHDAY=30", at(2027, 1, 30, 9, 0)),
        Arguments.of("FREQ=MONTHLY;BYMONTHDAY=-1", at(2027, 1, 31, 9, 0)),
        Arguments.of("FREQ=MONTHLY;BYDAY=-1FR", at(2027, 1, 29, 15, 0)),
        Arguments.of("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", at(2027, 2, 1, 9, 0)),
        Arguments.of("FREQ=DAILY;INTERVAL=3", at(2027, 2, 27, 9, 0)),
        Arguments.of("FREQ=WEEKLY;BYDAY=FR;COUNT=10", at(2027, 3, 5, 19, 0)));
  }

  private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
