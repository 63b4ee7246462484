package org.zhixing.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.zhixing.tracking.control.CreditAwards;
import org.zhixing.tracking.control.LessonPlans;
import org.zhixing.tracking.control.ProgressStore;

/**
 * The courses a learner completed (each awarded once), for certificates and the learning record. Callers are trusted
 * features that have checked who may see whose; a course retired since keeps its award and shows its id.
 */
@Stateless
public class CompletedCourses {

  @Inject CreditAwards credits;
  @Inject LessonPlans plans;
  @Inject ProgressStore store;

  /** Completed in [from, to), oldest first; null bounds leave that side open. */
  public List<CompletedCourse> of(String learner, Instant from, Instant to) {
    return credits.between(learner, from, to).stream()
        .map(award -> new CompletedCourse(award.courseId(), titleOf(award.courseId()), award.creditHours(),
            award.awardedAt()))
        .toList();
  }

  /**
   * Hands who completed any of these courses in [from, to) to {@code each}, as they are read, for features counting
   * many learners at once (coverage: a city's season is over a million awards, streamed rather than held).
   */
  public void eachCompletedBetween(Collection<Long> courseIds, Instant from, Instant to, Consumer<CourseAward> each) {
    if (!courseIds.isEmpty()) {
      credits.eachOfCourses(courseIds, from, to, done -> each.accept(new CourseAward(done.learner(),
          done.award().courseId(), done.award().creditHours(), done.award().awardedAt())));
    }
  }

  /** The unit the learner's progress was recorded under (from their token), for admins' scope checks. */
  public Optional<String> unitOf(String learner) {
    return store.unitOf(learner);
  }

  private String titleOf(long courseId) {
    return plans.requirements(courseId).map(course -> course.title()).orElse("课程 " + courseId);
  }
}
