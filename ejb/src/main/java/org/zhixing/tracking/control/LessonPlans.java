package org.zhixing.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.courseware.boundary.CourseRequirements;
import org.zhixing.courseware.boundary.LessonDefinition;
import org.zhixing.platform.security.Caller;
import org.zhixing.tracking.entity.LessonPlan;

/**
 * Published lessons as tracking measures them, from the courseware catalog. A heartbeat names a lesson every few
 * seconds, so answers are kept for five minutes: a course's published lessons per course, and whether a unit's people
 * may take it per unit and course. A newly published or retired version is picked up within that time; progress,
 * keyed by lesson key and fingerprint, is unaffected by the delay. Only the catalog's exception-free calls are used, since a domain
 * exception thrown inside the catalog would mark the whole batch's transaction for rollback.
 */
@ApplicationScoped
public class LessonPlans {

  private static final Duration KEPT = Duration.ofMinutes(5);
  private static final int MAX_KEPT = 100_000;
  /** Kinds measured by media time; the others by pages read. */
  private static final Set<String> TIMED = Set.of("VIDEO", "AUDIO");

  @Inject CourseCatalog catalog;

  private final Map<Long, Kept<Optional<CourseRequirements>>> courses = new ConcurrentHashMap<>();
  private final Map<Access, Kept<Boolean>> access = new ConcurrentHashMap<>();

  private record Access(String unit, long courseId) {}

  private record Kept<T>(T value, long until) {}

  /** The published lesson if the caller may take it; empty for an unknown, unmeasurable or foreign lesson. */
  public Optional<LessonPlan> forLearner(Caller caller, long courseId, long lessonId) {
    if (!mayLearn(caller, courseId)) {
      return Optional.empty();
    }
    return requirements(courseId).stream()
        .flatMap(course -> course.lessons().stream())
        .filter(lesson -> lesson.lessonId() == lessonId)
        .findFirst()
        .flatMap(LessonPlans::measurable);
  }

  /** What completing a course takes, from its published version, without any caller check. */
  public Optional<CourseRequirements> requirements(long courseId) {
    return kept(courses, courseId, () -> catalog.requirements(courseId));
  }

  public boolean mayLearn(Caller caller, long courseId) {
    return kept(access, new Access(caller.orgUnitCode().orElse(""), courseId), () -> catalog.mayLearn(caller, courseId));
  }

  /** The plans of a course's published lessons that have a length to measure, in course order. */
  public static List<LessonPlan> plansOf(CourseRequirements course) {
    return course.lessons().stream().map(LessonPlans::measurable).flatMap(Optional::stream).toList();
  }

  static Optional<LessonPlan> measurable(LessonDefinition lesson) {
    boolean timed = TIMED.contains(lesson.kind().name());
    int duration = lesson.durationSeconds() == null ? 0 : lesson.durationSeconds() * 1000;
    int pages = lesson.pageCount() == null ? 0 : lesson.pageCount();
    if (timed ? duration <= 0 : pages <= 0) {
      return Optional.empty();
    }
    return Optional.of(new LessonPlan(lesson.lessonId(), lesson.courseId(), lesson.lessonKey(), lesson.fingerprint(),
        lesson.title(), lesson.required(), lesson.kind().name(), lesson.assetId(), timed, duration, pages,
        lesson.minWatchedShare().doubleValue(), lesson.minDwellSeconds(), lesson.noSkipAhead(), lesson.presenceChecks()));
  }

  private static <K, T> T kept(Map<K, Kept<T>> cache, K key, Supplier<T> lookUp) {
    long now = System.nanoTime();
    Kept<T> answer = cache.get(key);
    if (answer == null || answer.until() - now < 0) {
      if (cache.size() > MAX_KEPT) {
        cache.clear();
      }
      answer = new Kept<>(lookUp.get(), now + KEPT.toNanos());
      cache.put(key, answer);
    }
    return answer.value();
  }
}
