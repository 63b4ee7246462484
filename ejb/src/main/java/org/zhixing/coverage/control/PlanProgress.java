package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.quiz.boundary.TestPassed;
import org.zhixing.quiz.boundary.TestResult;
import org.zhixing.schedule.boundary.AttendanceHistory;
import org.zhixing.schedule.boundary.AttendedOccurrence;
import org.zhixing.schedule.boundary.SessionAttended;
import org.zhixing.tracking.boundary.CompletedCourses;
import org.zhixing.tracking.boundary.CourseCompleted;

/**
 * What rostered people did of their plans' items. A completed course, a session attended and a test passed count the
 * moment their feature announces it, in the transaction that recorded it (so it shows at once and is never lost between
 * the two); anything done before publishing is found by a recompute that asks each feature's boundary for the period. Counting is idempotent: an item counts once per person, however often it is reported.
 */
@ApplicationScoped
public class PlanProgress {

  /** The city's day: a plan's period runs from its first day's midnight to its last day's, Beijing time. */
  static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

  @Inject RosterStore rosters;
  @Inject DoneRows doneRows;
  @Inject CompletedCourses courses;
  @Inject AttendanceHistory attendance;
  @Inject QuizResults quiz;

  void onCourseCompleted(@Observes CourseCompleted done) {
    count(rosters.linesRequiring(done.learner(), PlanItemKind.COURSE, done.courseId(), day(done.completedAt())),
        PlanItemKind.COURSE, done.courseId(), done.completedAt(), done.creditHours());
  }

  void onSessionAttended(@Observes SessionAttended attended) {
    count(rosters.linesRequiring(attended.personId(), PlanItemKind.SESSION, attended.sessionId(),
        day(attended.signedInAt())), PlanItemKind.SESSION, attended.sessionId(), attended.signedInAt(),
        attended.creditHours());
  }

  void onTestPassed(@Observes TestPassed passed) {
    count(rosters.linesRequiring(passed.learner(), PlanItemKind.TEST, passed.paperId(), day(passed.passedAt())),
        PlanItemKind.TEST, passed.paperId(), passed.passedAt(), passed.creditHours());
  }

  private void count(List<RosterStore.Line> lines, PlanItemKind kind, long refId, Instant at, BigDecimal hours) {
    for (RosterStore.Line line : lines) {
      rosters.done(line.planId(), line.personId(), kind, refId, at, hours);
    }
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, CITY_TIME);
  }

  /**
   * Records everything the roster's people did of the plan's items within its period, then derives their status.
   * Courses are streamed in one statement for the whole roster (a city's season: over a million awards) and written a
   * few thousand rows per statement; sessions and tests, which have no such read yet, are asked per learner and only
   * when the plan requires any.
   */
  public void recompute(TrainingPlan plan) {
    Instant from = plan.startsOn().atStartOfDay(CITY_TIME).toInstant();
    Instant to = plan.endsOn().plusDays(1).atStartOfDay(CITY_TIME).toInstant();
    Map<String, Long> personByUsername = rosters.members(plan.id()).values().stream()
        .filter(member -> member.username() != null) // without a sign-in name nobody has learned anything yet
        .collect(Collectors.toMap(RosterStore.Member::username, RosterStore.Member::personId, (a, b) -> a));
    try (DoneRows.Writer done = doneRows.writer(plan.id())) {
      courses.eachCompletedBetween(refs(plan, PlanItemKind.COURSE), from, to, award -> {
        Long person = personByUsername.get(award.learner());
        if (person != null) {
          done.add(new DoneRows.Done(person, PlanItemKind.COURSE, award.courseId(), award.completedAt(),
              award.creditHours()));
        }
      });
      Set<Long> sessionIds = refs(plan, PlanItemKind.SESSION);
      Set<Long> paperIds = refs(plan, PlanItemKind.TEST);
      if (!sessionIds.isEmpty() || !paperIds.isEmpty()) {
        personByUsername.forEach((username, person) -> recordSessionsAndTests(done, username, person, sessionIds,
            paperIds, from, to));
      }
    }
    rosters.refreshStatus(plan.id(), null);
  }

  private void recordSessionsAndTests(DoneRows.Writer done, String username, long person, Set<Long> sessionIds,
      Set<Long> paperIds, Instant from, Instant to) {
    if (!sessionIds.isEmpty()) {
      for (AttendedOccurrence attended : attendance.of(username, from, to)) {
        if (sessionIds.contains(attended.sessionId())) {
          done.add(new DoneRows.Done(person, PlanItemKind.SESSION, attended.sessionId(), attended.signedInAt(),
              attended.creditHours()));
        }
      }
    }
    if (!paperIds.isEmpty()) {
      for (TestResult test : quiz.taken(username, from, to)) {
        if (test.passed() && paperIds.contains(test.paperId())) {
          done.add(new DoneRows.Done(person, PlanItemKind.TEST, test.paperId(), test.lastSubmittedAt(),
              test.creditHours()));
        }
      }
    }
  }

  private static Set<Long> refs(TrainingPlan plan, PlanItemKind kind) {
    return plan.items().stream().filter(item -> item.kind() == kind).map(PlanItem::refId).collect(Collectors.toSet());
  }
}
