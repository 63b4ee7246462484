package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.zhixing.coverage.control.SupervisionNotices.LaggingVillage;
import org.zhixing.coverage.control.SupervisionNotices.Plan;
import org.zhixing.notify.entity.Notice;

class SupervisionNoticesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final Plan PLAN = new Plan(7, "五星支部创建专题培训", LocalDate.of(2026, 12, 15), 5, BigDecimal.ZERO);

  @Test
  void aPersonReadsThePlanTheDeadlineAndWhatTheyStillLack() {
    Notice notice = SupervisionNotices.forPerson(PLAN, TODAY, 2, BigDecimal.ONE, null);

    assertThat(notice.title()).isEqualTo("学习督促：五星支部创建专题培训");
    assertThat(notice.body()).contains("「五星支部创建专题培训」", "2026年12月15日前", "已完成 2/5 项", "还差 3 项")
        .doesNotContain("学时", "附言");
    assertThat(notice.kind()).isEqualTo(SupervisionNotices.KIND);
  }

  @Test
  void hoursAreNamedWhenThePlanAsksForThemAndAreWhatIsMissingOnceEveryItemIsDone() {
    Plan withHours = new Plan(7, "年度培训", LocalDate.of(2026, 12, 15), 4, new BigDecimal("12.0"));

    assertThat(SupervisionNotices.forPerson(withHours, TODAY, 1, new BigDecimal("2.50"), null).body())
        .contains("已完成 1/4 项必修内容，取得 2.5/12 学时，还差 3 项");
    assertThat(SupervisionNotices.forPerson(withHours, TODAY, 4, new BigDecimal("10"), "本周五前完成").body())
        .contains("已完成全部 4 项", "只取得 10 学时", "未达到 12 学时").endsWith("附言：本周五前完成");
  }

  @Test
  void anOrganizerReadsTheirVillagesWithRatesAndHowManyAreNotDone() {
    Notice notice = SupervisionNotices.forOrganizer(PLAN, TODAY, "城关镇", List.of(
        new LaggingVillage("东村", new BigDecimal("0.4167"), 7), new LaggingVillage("西村", BigDecimal.ZERO, 12)), "");

    assertThat(notice.title()).isEqualTo("督促提醒：五星支部创建专题培训（城关镇）");
    assertThat(notice.body()).contains("城关镇以下 2 个村（社区）进度滞后", "东村 完成率 41.7%（7 人未完成）",
        "西村 完成率 0.0%（12 人未完成）").doesNotContain("附言");
  }

  @Test
  void topicsHoldThePlanAndTheDaySoThatASecondRoundThatDayReachesNobodyTwice() {
    assertThat(SupervisionNotices.forPerson(PLAN, TODAY, 0, BigDecimal.ZERO, null).topic())
        .isEqualTo(SupervisionNotices.forPerson(PLAN, TODAY, 3, BigDecimal.ONE, "x").topic())
        .isEqualTo("plan-reminder:7:2026-11-26")
        .isNotEqualTo(SupervisionNotices.forPerson(PLAN, TODAY.plusDays(1), 0, BigDecimal.ZERO, null).topic());
    assertThat(SupervisionNotices.organizersTopic(7, TODAY)).isEqualTo("plan-organizer-reminder:7:2026-11-26");
  }

  @Test
  void anOrganizerOfManyLaggingVillagesReadsTheFirstFortyInANoticeTheInboxCanHold() {
    List<LaggingVillage> villages = IntStream.range(0, 60)
        .mapToObj(i -> new LaggingVillage("第" + i + "村民委员会", new BigDecimal("0.1234"), 100)).toList();

    Notice notice = SupervisionNotices.forOrganizer(PLAN, TODAY, "城关镇", villages, "x".repeat(500));

    assertThat(notice.body()).contains("60 个村", "第39村民委员会", "等").doesNotContain("第40村民委员会");
    assertThat(notice.body().length()).isLessThanOrEqualTo(2000);
  }
}
