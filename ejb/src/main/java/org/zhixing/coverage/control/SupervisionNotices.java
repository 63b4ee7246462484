package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.zhixing.notify.entity.Notice;

/**
 * The notices of a supervision round, in Chinese as the inbox, mail and SMS show them: to a person not done, what the
 * plan asks by when and what they still lack; to a township's 组织委员, which of their villages lag and how far. Topics
 * hold the plan and the day (Beijing time), so a second round the same day reaches nobody twice.
 */
public final class SupervisionNotices {

  public static final String KIND = "PLAN_REMINDER";

  /** Villages named in an organizer's notice: a notice holds 2,000 characters, and a township has about thirty. */
  private static final int LISTED = 40;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private SupervisionNotices() {}

  /** What the notices are about: the plan and its figures as the people concerned should read them. */
  public record Plan(long id, String name, LocalDate deadline, int itemsRequired, BigDecimal minCreditHours) {}

  /** A lagging village as its organizer reads it. */
  public record LaggingVillage(String name, BigDecimal rate, long notCompleted) {}

  public static String peopleTopic(long planId, LocalDate day) {
    return "plan-reminder:%d:%s".formatted(planId, day);
  }

  public static String organizersTopic(long planId, LocalDate day) {
    return "plan-organizer-reminder:%d:%s".formatted(planId, day);
  }

  /** For everyone who has done {@code itemsDone} items earning {@code creditHours}: one notice per such group. */
  public static Notice forPerson(Plan plan, LocalDate day, int itemsDone, BigDecimal creditHours, String message) {
    int missing = plan.itemsRequired() - itemsDone;
    boolean hoursAsked = plan.minCreditHours().signum() > 0;
    String standing = missing > 0
        ? "您已完成 %d/%d 项必修内容%s，还差 %d 项。".formatted(itemsDone, plan.itemsRequired(),
            hoursAsked ? "，取得 %s/%s 学时".formatted(hours(creditHours), hours(plan.minCreditHours())) : "", missing)
        : "您已完成全部 %d 项必修内容，但只取得 %s 学时，还未达到 %s 学时的要求。".formatted(plan.itemsRequired(),
            hours(creditHours), hours(plan.minCreditHours()));
    String body = "培训计划「%s」须于%s前完成。%s请尽快登录知行完成学习。".formatted(plan.name(), DAY.format(plan.deadline()),
        standing);
    return new Notice(peopleTopic(plan.id(), day), KIND, "学习督促：" + plan.name(), withMessage(body, message), "/");
  }

  /** For the 组织委员 of one township: its lagging villages with their rates. */
  public static Notice forOrganizer(Plan plan, LocalDate day, String townshipName, List<LaggingVillage> villages,
      String message) {
    String list = villages.stream().limit(LISTED)
        .map(v -> "%s 完成率 %s（%d 人未完成）".formatted(v.name(), ReportLabels.percent(v.rate()), v.notCompleted()))
        .collect(Collectors.joining("；")) + (villages.size() > LISTED ? "等" : "");
    String body = "培训计划「%s」须于%s前完成。%s以下 %d 个村（社区）进度滞后：%s。已同时提醒未完成人员，请督促落实。"
        .formatted(plan.name(), DAY.format(plan.deadline()), townshipName, villages.size(), list);
    return new Notice(organizersTopic(plan.id(), day), KIND, "督促提醒：" + plan.name() + "（" + townshipName + "）",
        withMessage(body, message), "/plans");
  }

  private static String hours(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString();
  }

  private static String withMessage(String body, String message) {
    return message == null || message.isBlank() ? body : body + "附言：" + message.strip();
  }
}
