package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  @Test
  void ical4jReadsTheFeedBackWithTextEscapedAndLongLinesFolded() throws Exception {
    String title = "五星支部创建专题培训：软弱涣散村整顿，第一期；含座谈\n（太康县）".repeat(2);
    var entry = new CalendarEntry("occurrence-1@zhixing", START, START.plusSeconds(7200), title, "县委党校, 二楼", null,
        "https://live.example/1", false, START);
    var cancelled = new CalendarEntry("occurrence-2@zhixing", START.plusSeconds(86_400), START.plusSeconds(93_600), "取消的", null,
        null, null, true, START);

    String ics = IcsCalendar.write("知行培训", List.of(entry, cancelled), START);

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(events.getFirst().getSummary().getValue()).isEqualTo(title);
    assertThat(events.getFirst().getLocation().getValue()).isEqualTo("县委党校, 二楼");
    assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(ics.lines().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow()).isLessThanOrEqualTo(75);
  }
}
