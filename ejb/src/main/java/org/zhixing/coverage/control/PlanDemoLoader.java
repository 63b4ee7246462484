package org.zhixing.coverage.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.zhixing.content.CoursePack;
import org.zhixing.content.CourseSeed;
import org.zhixing.content.DemoSeason;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.courseware.boundary.CourseRequirements;
import org.zhixing.coverage.entity.PlanDetails;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.coverage.entity.PlanKind;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.audience.AudienceRule;

/**
 * Publishes the content pack's demo plans over the demo courses at deploy, when demo content and the demo season are
 * on ({@code zhixing.content.demo} and {@code zhixing.content.demo-season}: {@code ./zhixing run} turns both on, the
 * ITs only the first) and no plan exists yet, and writes the season of learning {@link DemoSeason} generates for
 * their people, so that the coverage dashboard shows real patterns on first start, with a snapshot of each past month
 * of the season for its trend.
 *
 * <p>The learning goes straight into the plans' done rows, and only for people without a sign-in account: they cannot
 * learn through tracking, so no transcript (credit awards, progress) exists or could contradict it — theirs stay empty.
 * People with an account (the demo learner and trainer) get nothing generated: their lines count only what they really
 * do, as tracking records it. The plans are published at the season's start, so their rosters count from then.
 */
@Singleton
@Startup
@DependsOn("CourseDemoLoader")
public class PlanDemoLoader {

  static final String AUTHOR = "zhixing-demo";
  /**
   * A switch of its own: the season takes 8–23 s at deploy and puts two city-wide plans on every import and unit move
   * (their rosters follow people), which the ITs, deploying with demo content, need not pay in every run.
   */
  static final String SEASON_PROPERTY = "zhixing.content.demo-season";
  private static final Logger LOG = Logger.getLogger(PlanDemoLoader.class.getName());
  /** Publishing time on the season's first day, Beijing time. */
  private static final LocalTime PUBLISHED_AT = LocalTime.of(9, 0);

  @Inject OrgDirectory org;
  @Inject CourseCatalog courses;
  @Inject PlanRepository plans;
  @Inject RosterResolver resolver;
  @Inject RosterStore rosters;
  @Inject DoneRows doneRows;
  @Inject SnapshotStore snapshots;

  @PostConstruct
  void loadWhenEmpty() {
    if (!Boolean.getBoolean("zhixing.content.demo") || !Boolean.getBoolean(SEASON_PROPERTY) || plans.anyExists()) {
      return;
    }
    Laps laps = new Laps();
    DemoSeason season = DemoSeason.load();
    Optional<Map<String, CourseRequirements>> demoCourses = demoCourses(season);
    if (demoCourses.isEmpty()) {
      LOG.warning("Demo plans not loaded: the content pack's courses are not all published (courses existed before)");
      return;
    }
    LocalDate today = LocalDate.now(DemoSeason.CITY_TIME);
    Map<TrainingPlan, List<RosterPerson>> published = publish(season, demoCourses.get());
    laps.lap("rosters");
    List<DemoSeason.Completion> learning = season.learning(learners(published.values()),
        List.copyOf(demoCourses.get().keySet()), today);
    long rows = published.entrySet().stream()
        .mapToLong(plan -> write(plan.getKey(), plan.getValue(), learning, demoCourses.get()))
        .sum();
    rosters.analyze();
    laps.lap("season");
    published.keySet().forEach(plan -> snapshotPastMonths(plan, season, today));
    laps.lap("snapshots");
    LOG.info(() -> "Loaded %d demo plans with a season of %d completions (%d done items) up to %s in %s"
        .formatted(published.size(), learning.size(), rows, today, laps));
  }

  /**
   * The demo courses by key in the pack's order (the order people take them), if every one the plans require is
   * published (as the course loader leaves them).
   */
  private Optional<Map<String, CourseRequirements>> demoCourses(DemoSeason season) {
    Map<String, CourseRequirements> byKey = new LinkedHashMap<>();
    for (CourseSeed course : CoursePack.load().courses()) {
      courses.publishedTitled(course.unitCode(), course.title()).ifPresent(found -> byKey.put(course.key(), found));
    }
    boolean complete = season.plans().stream().allMatch(plan -> byKey.keySet().containsAll(plan.courseKeys()));
    return complete ? Optional.of(byKey) : Optional.empty();
  }

  /** The season's plans, published at its start with their rosters as the rule picks them now. */
  private Map<TrainingPlan, List<RosterPerson>> publish(DemoSeason season, Map<String, CourseRequirements> courses) {
    Instant publishedAt = season.start().atTime(PUBLISHED_AT).atZone(DemoSeason.CITY_TIME).toInstant();
    Map<TrainingPlan, List<RosterPerson>> published = new LinkedHashMap<>();
    for (DemoSeason.Plan seed : season.plans()) {
      TrainingPlan plan = plan(seed, season, courses, publishedAt);
      List<RosterPerson> roster = resolver.forSystem(plan);
      rosters.enrol(plan.id(), roster, publishedAt);
      published.put(plan, roster);
    }
    return published;
  }

  private TrainingPlan plan(DemoSeason.Plan seed, DemoSeason season, Map<String, CourseRequirements> demoCourses,
      Instant publishedAt) {
    Set<PlanItem> items = seed.courseKeys().stream()
        .map(key -> new PlanItem(PlanItemKind.COURSE, demoCourses.get(key).courseId()))
        .collect(Collectors.toSet());
    AudienceRule audience = new AudienceRule(seed.unitCode(), Set.copyOf(seed.positions()), false, Set.of());
    TrainingPlan plan = new TrainingPlan(AUTHOR, publishedAt);
    plan.describe(new PlanDetails(seed.name(), PlanKind.valueOf(seed.kind()), season.start(), season.end(),
        season.end(), audience, BigDecimal.ZERO, seed.targetRate(), items), org.unitForSystem(seed.unitCode()).path());
    plans.add(plan);
    plan.publish(publishedAt);
    plans.flush();
    return plan;
  }

  /**
   * Each month of the season before this one, as the month-end timer would have recorded it: the figures the done items
   * give at the month's end (Beijing time), so the dashboard's trend has a history from the first start.
   */
  private void snapshotPastMonths(TrainingPlan plan, DemoSeason season, LocalDate today) {
    Instant now = Instant.now();
    for (YearMonth month = YearMonth.from(season.start()); month.isBefore(YearMonth.from(today))
        && !month.isAfter(YearMonth.from(season.end())); month = month.plusMonths(1)) {
      snapshots.take(plan.id(), month, month.plusMonths(1).atDay(1).atStartOfDay(DemoSeason.CITY_TIME).toInstant(),
          now, true);
    }
  }

  /** Everyone on the rosters without a sign-in account, once (the demo accounts' people are left out). */
  private static List<DemoSeason.Learner> learners(Iterable<List<RosterPerson>> rosters) {
    Map<Long, DemoSeason.Learner> learners = new LinkedHashMap<>();
    for (List<RosterPerson> roster : rosters) {
      for (RosterPerson person : roster) {
        if (person.username() == null) {
          // a path is /city/county/township/village/: the learner's county, and their township or else their county
          String[] path = person.unitPath().split("/");
          String county = path[Math.min(2, path.length - 1)];
          learners.putIfAbsent(person.id(), new DemoSeason.Learner(person.id(), county,
              path.length > 3 ? path[3] : county, person.weakAndLax()));
        }
      }
    }
    return List.copyOf(learners.values());
  }

  /** The plan's share of the season: its courses, done by people on its roster; then their statuses. */
  private long write(TrainingPlan plan, List<RosterPerson> roster, List<DemoSeason.Completion> learning,
      Map<String, CourseRequirements> demoCourses) {
    Set<Long> people = new HashSet<>();
    roster.stream().filter(person -> person.username() == null).forEach(person -> people.add(person.id()));
    Set<Long> required = plan.items().stream().map(PlanItem::refId).collect(Collectors.toSet());
    DoneRows.Writer done = doneRows.writer(plan.id());
    for (DemoSeason.Completion completion : learning) {
      CourseRequirements course = demoCourses.get(completion.courseKey());
      if (people.contains(completion.learnerId()) && required.contains(course.courseId())) {
        done.add(new DoneRows.Done(completion.learnerId(), PlanItemKind.COURSE, course.courseId(), completion.at(),
            course.creditHours()));
      }
    }
    done.close();
    rosters.refreshStatus(plan.id(), null);
    return done.written();
  }

  /** Where the loading time went, for the log: "9 ms (a 4 ms, b 5 ms)". */
  private static final class Laps {

    private final long started = System.nanoTime();
    private final StringJoiner laps = new StringJoiner(", ", " (", ")");
    private long last = started;

    void lap(String name) {
      long now = System.nanoTime();
      laps.add(name + " " + (now - last) / 1_000_000 + " ms");
      last = now;
    }

    @Override
    public String toString() {
      return (last - started) / 1_000_000 + " ms" + laps;
    }
  }
}
