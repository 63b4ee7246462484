package org.zhixing.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.boundary.CourseRequirements;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.tracking.entity.LessonPlan;
import org.zhixing.tracking.entity.LessonTrack;

/**
 * Decides whether a learner has completed a course, and awards it once: every required lesson complete on its current
 * content and, when the course has a test required for completion, that test passed (quiz answers through
 * {@link QuizResults}). It runs when a batch completes a required lesson and when the learner passes the course's test,
 * whichever comes last. The course lock makes a concurrent batch (or test) that completed another part commit first, so
 * one of the two always sees both.
 */
@ApplicationScoped
public class CourseCompletion {

  /** A course just completed: the award and what the course was. */
  public record Completed(CreditAwards.Award award, String courseTitle) {}

  @Inject LessonPlans plans;
  @Inject ProgressStore store;
  @Inject CreditAwards credits;
  @Inject QuizResults quiz;

  public Optional<Completed> awardIfComplete(String learner, String unit, long courseId, Instant now) {
    CourseRequirements course = plans.requirements(courseId).orElse(null);
    if (course == null) {
      return Optional.empty();
    }
    credits.serialize(learner, courseId);
    if (lessonsDone(learner, course) && testDone(learner, courseId)
        && credits.award(learner, courseId, course.creditHours(), unit, now)) {
      return credits.of(learner, courseId).map(award -> new Completed(award, course.title()));
    }
    return Optional.empty();
  }

  /** Whether the course's required lessons are done but its required test is not passed yet. */
  public boolean waitsForTest(String learner, CourseRequirements course) {
    return lessonsDone(learner, course) && !testDone(learner, course.courseId());
  }

  private boolean lessonsDone(String learner, CourseRequirements course) {
    List<LessonPlan> lessons = LessonPlans.plansOf(course);
    Map<UUID, LessonTrack> tracks = store.find(learner, lessons.stream().map(LessonPlan::lessonKey).toList());
    return lessons.stream().filter(LessonPlan::required).allMatch(plan -> completedOn(tracks.get(plan.lessonKey()), plan));
  }

  private boolean testDone(String learner, long courseId) {
    return quiz.requiredTestFor(courseId).isEmpty() || quiz.passed(learner, courseId);
  }

  private static boolean completedOn(LessonTrack track, LessonPlan plan) {
    return track != null && track.completed() && plan.fingerprint().equals(track.fingerprint());
  }
}
