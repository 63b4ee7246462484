package org.zhixing.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.zhixing.platform.security.Caller;
import org.zhixing.tracking.control.BatchOutcome.Ignored;
import org.zhixing.tracking.entity.LessonPlan;
import org.zhixing.tracking.entity.LessonTrack;
import org.zhixing.tracking.entity.LessonTrack.Outcome;
import org.zhixing.tracking.entity.PresenceCheck;
import org.zhixing.tracking.entity.PresenceClock;

/**
 * Applies a batch's events, in device-time order, to the learner's locked lesson rows: each event once, watched time
 * and pages only while the presence clock runs, and then decides completion and whether a presence check is due.
 */
@ApplicationScoped
public class BatchApplier {

  @Inject PresenceChecks presence;

  /** What applying did, before any course is awarded. */
  public record Applied(int counted, int duplicates, List<Ignored> ignored, List<LessonStatus> statuses,
      Set<Long> completedCourses) {}

  public Applied apply(Caller caller, Map<UUID, LessonPlan> lessons, Map<UUID, LessonTrack> tracks,
      List<ProgressEvent> events, Map<ProgressEvent, LessonPlan> planOf, Instant now) {
    String learner = caller.username();
    var clocks = new HashMap<UUID, PresenceClock>();
    for (LessonPlan plan : lessons.values()) {
      tracks.get(plan.lessonKey()).measureAgainst(plan, caller.orgUnitCode().orElse(null));
      if (plan.presenceChecks()) {
        clocks.put(plan.lessonKey(), presence.clockOf(learner, plan.lessonKey()));
      }
    }
    int counted = 0;
    int duplicates = 0;
    var ignored = new ArrayList<Ignored>();
    for (ProgressEvent event : events) {
      LessonPlan plan = planOf.get(event);
      LessonTrack track = tracks.get(plan.lessonKey());
      if (!track.firstSighting(event.id())) {
        duplicates++;
        continue;
      }
      Instant at = event.clientTime().isAfter(now) ? now : event.clientTime();
      PresenceClock clock = clocks.getOrDefault(plan.lessonKey(), PresenceClock.ALWAYS_RUNNING);
      Outcome outcome = switch (event) {
        case ProgressEvent.Watched w -> track.watched(plan, w.fromMillis(), w.toMillis(), clock.runningAt(at, now));
        case ProgressEvent.PageRead p -> track.read(plan, p.page(), p.dwellSeconds(), clock.runningAt(at, now));
        case ProgressEvent.Position p -> track.positioned(plan, p.atMillis(), at);
        case ProgressEvent.PresenceAnswer a -> answer(learner, plan, a, now, clocks);
      };
      if (outcome == Outcome.COUNTED) {
        counted++;
      } else {
        ignored.add(new Ignored(event.id(), outcome.name()));
      }
    }
    var statuses = new ArrayList<LessonStatus>();
    var completedCourses = new LinkedHashSet<Long>();
    for (LessonPlan plan : lessons.values()) {
      LessonTrack track = tracks.get(plan.lessonKey());
      if (track.completeIfDone(plan, now) && plan.required()) {
        completedCourses.add(plan.courseId());
      }
      PresenceClock clock = clocks.getOrDefault(plan.lessonKey(), PresenceClock.ALWAYS_RUNNING);
      PresenceCheck open = plan.presenceChecks() ? dueCheck(learner, plan, track, clock, now) : null;
      statuses.add(LessonStatus.of(plan, track, clock.stopped(now), open));
    }
    return new Applied(counted, duplicates, ignored, statuses, completedCourses);
  }

  /** A late answer, or one naming another learner's or an already answered check, restarts nothing. */
  private Outcome answer(String learner, LessonPlan plan, ProgressEvent.PresenceAnswer answer, Instant now,
      Map<UUID, PresenceClock> clocks) {
    if (!plan.presenceChecks() || !presence.answer(learner, plan.lessonKey(), answer.checkId(), now)) {
      return Outcome.LATE_ANSWER;
    }
    clocks.put(plan.lessonKey(), presence.clockOf(learner, plan.lessonKey()));
    return Outcome.COUNTED;
  }

  /**
   * The open check the player must show: the one already open, or a new one when the clock has stopped (the learner
   * restarts it by answering) or the random moment for the next check has come. Nothing while the lesson is done.
   */
  private PresenceCheck dueCheck(String learner, LessonPlan plan, LessonTrack track, PresenceClock clock, Instant now) {
    var open = clock.open(now);
    if (open.isPresent() || track.completed()) {
      return open.orElse(null);
    }
    if (track.nextCheckAt() == null && !clock.stopped(now)) {
      track.scheduleCheck(presence.nextAfter(now));
    }
    if (clock.stopped(now) || !track.nextCheckAt().isAfter(now)) {
      track.scheduleCheck(presence.nextAfter(now));
      return presence.issue(learner, plan.lessonKey(), now);
    }
    return null;
  }
}
