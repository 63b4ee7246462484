package org.zhixing.tracking.entity;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One learner's progress in one lesson, keyed by the lesson's stable key so that it carries over to a new course
 * version as long as the content fingerprint stays the same: the media time watched, the seconds spent on each page,
 * where to resume, and when the lesson was completed. Events are applied one at a time; each counts once, recognised
 * by its client event id in a window of the {@value #DEDUPE_WINDOW} most recent ids (older resends are still harmless
 * for watched time and positions, which are idempotent by construction).
 */
public class LessonTrack {

  /** Event ids remembered per learner and lesson: many times the events of one retried batch. */
  public static final int DEDUPE_WINDOW = 128;
  /** How far past the watched frontier a report may start when skipping ahead is not allowed: buffering, rounding. */
  public static final int SKIP_TOLERANCE_MILLIS = 5_000;
  /** A page's dwell is counted up to a day; more is a broken clock, not reading. */
  static final int MAX_PAGE_SECONDS = 86_400;

  /** What became of one event. */
  public enum Outcome {
    COUNTED,
    DUPLICATE,
    SKIPPED_AHEAD,
    CLOCK_STOPPED,
    OUT_OF_RANGE,
    LATE_ANSWER
  }

  private final String learner;
  private final UUID lessonKey;
  private String fingerprint;
  private String orgUnitCode;
  private WatchedTime watched;
  private int[] pageSeconds;
  private int positionMillis;
  private Instant positionAt;
  private final ArrayDeque<UUID> recentEvents;
  private Instant completedAt;
  private Instant nextCheckAt;

  public LessonTrack(String learner, UUID lessonKey, String fingerprint, String orgUnitCode, WatchedTime watched,
      int[] pageSeconds, int positionMillis, Instant positionAt, Collection<UUID> recentEvents, Instant completedAt,
      Instant nextCheckAt) {
    this.learner = Objects.requireNonNull(learner, "learner");
    this.lessonKey = Objects.requireNonNull(lessonKey, "lessonKey");
    this.fingerprint = fingerprint;
    this.orgUnitCode = orgUnitCode;
    this.watched = Objects.requireNonNull(watched, "watched");
    this.pageSeconds = pageSeconds.clone();
    this.positionMillis = positionMillis;
    this.positionAt = positionAt;
    this.recentEvents = new ArrayDeque<>(recentEvents);
    this.completedAt = completedAt;
    this.nextCheckAt = nextCheckAt;
  }

  /** A learner who has not started the lesson yet. */
  public static LessonTrack fresh(String learner, LessonPlan plan) {
    return new LessonTrack(learner, plan.lessonKey(), plan.fingerprint(), null, WatchedTime.NONE, new int[0], 0, null,
        List.of(), null, null);
  }

  /**
   * Measures against this version of the lesson: progress on the same content stays, progress on changed content
   * starts over (the learner has to see what is new).
   */
  public void measureAgainst(LessonPlan plan, String learnerUnit) {
    if (learnerUnit != null) {
      orgUnitCode = learnerUnit;
    }
    if (!plan.fingerprint().equals(fingerprint)) {
      fingerprint = plan.fingerprint();
      watched = WatchedTime.NONE;
      pageSeconds = new int[0];
      positionMillis = 0;
      positionAt = null;
      completedAt = null;
      nextCheckAt = null;
    }
  }

  /** True the first time this event id is seen (within the window); remembers it. */
  public boolean firstSighting(UUID eventId) {
    if (recentEvents.contains(eventId)) {
      return false;
    }
    recentEvents.addLast(eventId);
    while (recentEvents.size() > DEDUPE_WINDOW) {
      recentEvents.removeFirst();
    }
    return true;
  }

  /** Media time {@code [fromMillis, toMillis)} was played; clipped to the lesson's length. */
  public Outcome watched(LessonPlan plan, int fromMillis, int toMillis, boolean clockRunning) {
    int from = Math.max(0, fromMillis);
    int to = Math.min(plan.durationMillis(), toMillis);
    if (!plan.timed() || from >= to) {
      return Outcome.OUT_OF_RANGE;
    }
    if (!clockRunning) {
      return Outcome.CLOCK_STOPPED;
    }
    if (plan.noSkipAhead() && from > watched.frontier() + SKIP_TOLERANCE_MILLIS) {
      return Outcome.SKIPPED_AHEAD;
    }
    watched = watched.plus(from, to);
    return Outcome.COUNTED;
  }

  /** Page {@code page} (1-based) was shown for {@code seconds}. */
  public Outcome read(LessonPlan plan, int page, int seconds, boolean clockRunning) {
    if (plan.timed() || page < 1 || page > plan.pageCount() || seconds < 0) {
      return Outcome.OUT_OF_RANGE;
    }
    if (!clockRunning) {
      return Outcome.CLOCK_STOPPED;
    }
    if (pageSeconds.length < plan.pageCount()) {
      pageSeconds = Arrays.copyOf(pageSeconds, plan.pageCount());
    }
    pageSeconds[page - 1] = (int) Math.min(MAX_PAGE_SECONDS, (long) pageSeconds[page - 1] + seconds);
    return Outcome.COUNTED;
  }

  /** The learner was at {@code millis} (media time, or page × 1000 for paged lessons) at {@code at}; the latest wins. */
  public Outcome positioned(LessonPlan plan, int millis, Instant at) {
    int limit = plan.timed() ? plan.durationMillis() : plan.pageCount() * 1000;
    if (millis < 0 || millis > limit) {
      return Outcome.OUT_OF_RANGE;
    }
    if (positionAt == null || !at.isBefore(positionAt)) {
      positionMillis = millis;
      positionAt = at;
    }
    return Outcome.COUNTED;
  }

  /** Marks the lesson complete when its rule is met; true only the first time. Completion is never taken back. */
  public boolean completeIfDone(LessonPlan plan, Instant now) {
    if (completedAt != null || !meets(plan)) {
      return false;
    }
    completedAt = now;
    return true;
  }

  private boolean meets(LessonPlan plan) {
    if (plan.timed()) {
      return watched.total(plan.durationMillis()) >= plan.requiredMillis();
    }
    return pagesRead(plan) == plan.pageCount();
  }

  /** Pages shown for at least the rule's dwell time. */
  public int pagesRead(LessonPlan plan) {
    int read = 0;
    for (int page = 0; page < Math.min(plan.pageCount(), pageSeconds.length); page++) {
      read += pageSeconds[page] >= Math.max(1, plan.minDwellSeconds()) ? 1 : 0;
    }
    return read;
  }

  /** Share of the lesson done, 0 to 1: unique media time watched, or pages read. */
  public double share(LessonPlan plan) {
    if (plan.timed()) {
      return Math.min(1.0, watched.total(plan.durationMillis()) / (double) plan.durationMillis());
    }
    return pagesRead(plan) / (double) plan.pageCount();
  }

  public void scheduleCheck(Instant at) {
    nextCheckAt = at;
  }

  public String learner() {
    return learner;
  }

  public UUID lessonKey() {
    return lessonKey;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String orgUnitCode() {
    return orgUnitCode;
  }

  public WatchedTime watchedTime() {
    return watched;
  }

  public int[] pageSeconds() {
    return pageSeconds.clone();
  }

  public int positionMillis() {
    return positionMillis;
  }

  public Instant positionAt() {
    return positionAt;
  }

  public List<UUID> recentEvents() {
    return List.copyOf(recentEvents);
  }

  public Instant completedAt() {
    return completedAt;
  }

  public boolean completed() {
    return completedAt != null;
  }

  public Instant nextCheckAt() {
    return nextCheckAt;
  }
}
