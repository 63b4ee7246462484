package org.zhixing.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.boundary.CourseRequirements;
import org.zhixing.courseware.boundary.MediaLink;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.security.Caller;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.platform.security.Role;
import org.zhixing.tracking.control.BatchApplier;
import org.zhixing.tracking.control.BatchOutcome;
import org.zhixing.tracking.control.BatchOutcome.Ignored;
import org.zhixing.tracking.control.CourseCompletion;
import org.zhixing.tracking.control.CourseStatus;
import org.zhixing.tracking.control.CreditAwards;
import org.zhixing.tracking.control.LessonPlans;
import org.zhixing.tracking.control.LessonStatus;
import org.zhixing.tracking.control.PresenceChecks;
import org.zhixing.tracking.control.ProgressEvent;
import org.zhixing.tracking.control.ProgressNotFoundException;
import org.zhixing.tracking.control.ProgressStore;
import org.zhixing.tracking.entity.LessonPlan;
import org.zhixing.tracking.entity.LessonTrack;
import org.zhixing.tracking.entity.PresenceClock;

/**
 * Recording and reading learning progress. A batch of player events is one transaction: the learner's rows of the
 * lessons it names are locked, each event is applied once (its id is remembered), completion is decided, and when a
 * lesson completes its course the credit hours are awarded, once. Learners read their own progress; org admins and
 * system admins read that of learners in their subtree.
 *
 * <p>A CDI bean with {@code @Transactional} rather than a session bean: it serves every player's heartbeat, and the
 * EJB container's interceptor chain around each call was a measurable share of a heartbeat's CPU. It holds no state.
 */
@ApplicationScoped
@Transactional
public class LearningProgress {

  @Inject LessonPlans plans;
  @Inject ProgressStore store;
  @Inject PresenceChecks presence;
  @Inject CreditAwards credits;
  @Inject OrgDirectory org;
  @Inject BatchApplier applier;
  @Inject AssetCatalog assets;
  @Inject CourseCompletion completion;
  @Inject QuizResults quiz;
  @Inject Event<CourseCompleted> completed;

  public BatchOutcome record(Caller caller, List<ProgressEvent> events) {
    Instant now = Instant.now();
    String learner = caller.username();
    var lessons = new LinkedHashMap<UUID, LessonPlan>();
    var planOf = new HashMap<ProgressEvent, LessonPlan>();
    var ignored = new ArrayList<Ignored>();
    for (ProgressEvent event : events) {
      Optional<LessonPlan> plan = plans.forLearner(caller, event.courseId(), event.lessonId());
      if (plan.isEmpty()) {
        ignored.add(new Ignored(event.id(), "UNKNOWN_LESSON"));
      } else {
        planOf.put(event, plan.get());
        lessons.putIfAbsent(plan.get().lessonKey(), plan.get());
      }
    }
    Map<UUID, LessonTrack> tracks = store.lock(learner, lessons.values());
    var applied = applier.apply(caller, lessons, tracks, sortedByTime(events, planOf.keySet(), now), planOf, now);
    store.save(tracks.values(), now);
    ignored.addAll(applied.ignored());
    var awards = new ArrayList<CreditAwards.Award>();
    for (long courseId : applied.completedCourses()) {
      completion.awardIfComplete(learner, caller.orgUnitCode().orElse(null), courseId, now).ifPresent(done -> {
        awards.add(done.award());
        completed.fire(CourseCompleted.of(learner, caller.displayName(), caller.orgUnitCode().orElse(null), done));
      });
    }
    return new BatchOutcome(applied.counted(), applied.duplicates(), ignored, applied.statuses(), awards);
  }

  /** Events in the order they happened on the device; a clock ahead of the server's is held to the server's now. */
  private static List<ProgressEvent> sortedByTime(List<ProgressEvent> events, Set<ProgressEvent> known, Instant now) {
    return events.stream()
        .filter(known::contains)
        .sorted(Comparator.comparing(e -> e.clientTime().isAfter(now) ? now : e.clientTime()))
        .toList();
  }

  /** Progress in one lesson: the caller's own, or (for admins) that of {@code learner} in their scope. */
  public LessonStatus lesson(Caller caller, long courseId, long lessonId, String learner) {
    String whose = readable(caller, learner);
    LessonPlan plan = planFor(caller, whose, courseId)
        .flatMap(course -> LessonPlans.plansOf(course).stream().filter(p -> p.lessonId() == lessonId).findFirst())
        .orElseThrow(() -> new ProgressNotFoundException("lesson " + lessonId));
    return statusOf(whose, plan, store.find(whose, List.of(plan.lessonKey())).get(plan.lessonKey()));
  }

  /**
   * A signed link to the lesson's media for the caller, who must be able to take the lesson: learners are not staff,
   * so the asset catalog does not show them assets, and the course they take is what entitles them to its media.
   */
  public MediaLink media(Caller caller, long courseId, long lessonId) {
    return plans.forLearner(caller, courseId, lessonId)
        .filter(plan -> plan.assetId() != null)
        .map(plan -> assets.linkFor(plan.assetId(), caller.username()))
        .orElseThrow(() -> new ProgressNotFoundException("lesson " + lessonId));
  }

  /** Progress in a course, lesson by lesson, with its credit award. */
  public CourseStatus course(Caller caller, long courseId, String learner) {
    String whose = readable(caller, learner);
    CourseRequirements course =
        planFor(caller, whose, courseId).orElseThrow(() -> new ProgressNotFoundException("course " + courseId));
    List<LessonPlan> lessons = LessonPlans.plansOf(course);
    Map<UUID, LessonTrack> tracks = store.find(whose, lessons.stream().map(LessonPlan::lessonKey).toList());
    List<LessonStatus> statuses = lessons.stream().map(plan -> statusOf(whose, plan, tracks.get(plan.lessonKey()))).toList();
    int required = (int) lessons.stream().filter(LessonPlan::required).count();
    int done = (int) statuses.stream().filter(s -> s.required() && s.completed()).count();
    CreditAwards.Award award = credits.of(whose, courseId).orElse(null);
    return new CourseStatus(courseId, course.title(), course.creditHours(), statuses, required, done,
        quiz.requiredTestFor(courseId).orElse(null), award == null && completion.waitsForTest(whose, course), award);
  }

  private LessonStatus statusOf(String learner, LessonPlan plan, LessonTrack stored) {
    LessonTrack track = stored == null ? LessonTrack.fresh(learner, plan) : stored;
    track.measureAgainst(plan, null);
    Instant now = Instant.now();
    PresenceClock clock = plan.presenceChecks() ? presence.clockOf(learner, plan.lessonKey()) : PresenceClock.ALWAYS_RUNNING;
    return LessonStatus.of(plan, track, clock.stopped(now), clock.open(now).orElse(null));
  }

  /** Whose progress the caller may read: their own, or a learner of their subtree if they are an admin. */
  private String readable(Caller caller, String learner) {
    if (learner == null || learner.equals(caller.username())) {
      return caller.username();
    }
    if (!caller.has(Role.ORG_ADMIN) && !caller.has(Role.SYS_ADMIN)) {
      throw new ProgressNotFoundException("learner " + learner);
    }
    if (!org.coversUnit(caller, store.unitOf(learner).orElse(null))) {
      throw new ProgressNotFoundException("learner " + learner);
    }
    return learner;
  }

  /** The course if the learner whose progress is read may take it; admins read any course their learner took. */
  private Optional<CourseRequirements> planFor(Caller caller, String whose, long courseId) {
    if (whose.equals(caller.username()) && !plans.mayLearn(caller, courseId)) {
      return Optional.empty();
    }
    return plans.requirements(courseId);
  }
}
