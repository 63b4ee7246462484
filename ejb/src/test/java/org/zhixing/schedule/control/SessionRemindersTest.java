package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhixing.notify.entity.Notice;

class SessionRemindersTest {

  private static final Instant START = Instant.parse("2026-12-01T01:30:00Z");

  @Test
  void aReminderSaysWhatWhenAndWhereInShanghaiTime() {
    Notice notice = SessionReminders.notice(
        new DueOccurrence(812, 77, "村书记政策培训", START, START.plusSeconds(7200), "县委党校三楼", null), Duration.ofHours(1));
    assertThat(notice.title()).isEqualTo("培训提醒：村书记政策培训");
    assertThat(notice.body()).isEqualTo("「村书记政策培训」将于 12月1日 09:30 开始。地点：县委党校三楼");
    assertThat(notice.kind()).isEqualTo(SessionReminders.KIND);
    assertThat(notice.link()).isEqualTo("/my-sessions?occurrence=812");
  }

  @Test
  void aRemoteSessionNamesItsStream() {
    Notice notice = SessionReminders.notice(
        new DueOccurrence(5, 1, "远程同步培训", START, START.plusSeconds(3600), null, "https://live.example.cn/a"), Duration.ofHours(24));
    assertThat(notice.body()).endsWith("远程收看：https://live.example.cn/a");
  }

  @Test
  void eachLeadAndEachTimeOfAnOccurrenceIsItsOwnTopic() {
    String hour = SessionReminders.topic(812, Duration.ofHours(1), START);
    assertThat(hour).isEqualTo("session-reminder:812:PT1H:" + START.getEpochSecond());
    assertThat(SessionReminders.topic(812, Duration.ofHours(24), START)).isNotEqualTo(hour);
    assertThat(SessionReminders.topic(812, Duration.ofHours(1), START.plusSeconds(3600))).as("moved").isNotEqualTo(hour);
    assertThat(SessionReminders.topic(813, Duration.ofHours(1), START)).isNotEqualTo(hour);
  }
}
