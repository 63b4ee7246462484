package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.quiz.boundary.TestResult;
import org.zhixing.schedule.boundary.AttendanceHistory;
import org.zhixing.schedule.boundary.AttendedOccurrence;
import org.zhixing.tracking.boundary.CompletedCourse;
import org.zhixing.tracking.boundary.CompletedCourses;
import org.zhixing.tracking.boundary.CourseCompleted;

/**
 * What rostered people did of their plans' items. A completed course counts the moment tracking announces it, in the
 * awarding transaction (so it shows at once and is never lost between the two); sessions attended and tests passed,
 * which announce nothing yet, and anything done before publishing, are found by a recompute that asks each feature's
 * boundary for the period. Counting is idempotent: an item counts once per person, however often it is reported.
 */
@ApplicationScoped
public class PlanProgress {

  /** The city's day: a plan's period runs from its first day's midnight to its last day's, Beijing time. */
  static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

  @Inject RosterStore rosters;
  @Inject CompletedCourses courses;
  @Inject AttendanceHistory attendance;
  @Inject QuizResults quiz;

  void onCourseCompleted(@Observes CourseCompleted done) {
    LocalDate day = LocalDate.ofInstant(done.completedAt(), CITY_TIME);
    for (RosterStore.Line line : rosters.linesRequiring(done.learner(), PlanItemKind.COURSE, done.courseId(), day)) {
      rosters.done(line.planId(), line.personId(), PlanItemKind.COURSE, done.courseId(), done.completedAt(),
          done.creditHours());
    }
  }

  /** Records everything the roster's people did of the plan's items within its period, then derives their status. */
  public void recompute(TrainingPlan plan) {
    Instant from = plan.startsOn().atStartOfDay(CITY_TIME).toInstant();
    Instant to = plan.endsOn().plusDays(1).atStartOfDay(CITY_TIME).toInstant();
    Set<Long> courseIds = refs(plan, PlanItemKind.COURSE);
    Set<Long> sessionIds = refs(plan, PlanItemKind.SESSION);
    Set<Long> paperIds = refs(plan, PlanItemKind.TEST);
    for (RosterStore.Member member : rosters.members(plan.id()).values()) {
      if (member.username() == null) {
        continue; // without a sign-in name nobody has learned anything yet
      }
      if (!courseIds.isEmpty()) {
        for (CompletedCourse course : courses.of(member.username(), from, to)) {
          if (courseIds.contains(course.courseId())) {
            rosters.record(plan.id(), member.personId(), PlanItemKind.COURSE, course.courseId(), course.completedAt(),
                course.creditHours());
          }
        }
      }
      if (!sessionIds.isEmpty()) {
        for (AttendedOccurrence attended : attendance.of(member.username(), from, to)) {
          if (sessionIds.contains(attended.sessionId())) {
            rosters.record(plan.id(), member.personId(), PlanItemKind.SESSION, attended.sessionId(),
                attended.signedInAt(), attended.creditHours());
          }
        }
      }
      if (!paperIds.isEmpty()) {
        for (TestResult test : quiz.taken(member.username(), from, to)) {
          if (test.passed() && paperIds.contains(test.paperId())) {
            rosters.record(plan.id(), member.personId(), PlanItemKind.TEST, test.paperId(), test.lastSubmittedAt(),
                test.creditHours());
          }
        }
      }
    }
    rosters.refreshStatus(plan.id(), null);
  }

  private static Set<Long> refs(TrainingPlan plan, PlanItemKind kind) {
    return plan.items().stream().filter(item -> item.kind() == kind).map(PlanItem::refId).collect(Collectors.toSet());
  }
}
