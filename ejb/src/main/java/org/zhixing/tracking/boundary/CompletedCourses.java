package org.zhixing.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

  /** Who completed any of these courses in [from, to), for features counting many learners at once (coverage). */
  public List<CourseAward> completedBetween(Collection<Long> courseIds, Instant from, Instant to) {
    return courseIds.isEmpty() ? List.of() : credits.ofCourses(courseIds, from, to).stream()
        .map(done -> new CourseAward(done.learner(), done.award().courseId(), done.award().creditHours(),
            done.award().awardedAt()))
        .toList();
  }

  /** The unit the learner's progress was recorded under (from their token), for admins' scope checks. */
  public Optional<String> unitOf(String learner) {
    return store.unitOf(learner);
  }

  private String titleOf(long courseId) {
    return plans.requirements(courseId).map(course -> course.title()).orElse("课程 " + courseId);
  }
}
