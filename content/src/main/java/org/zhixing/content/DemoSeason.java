package org.zhixing.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A plausible season of learning for the demo people, so that the coverage dashboard shows real patterns on first
 * start: some counties ahead of others, weak-and-lax (软弱涣散) villages behind, and a burst of completions in the days
 * after each city-wide remote session.
 *
 * <p>Each learner takes the courses in the order given and completes the first few of them: everything, with a
 * probability set by their county's diligence, their township's and whether their village is weak-and-lax; otherwise
 * a random number of them, from none. So a course is completed at most once per person, whatever plans count it, and
 * plans over the first courses complete more often than plans over all of them. Completion times fall in the days
 * after a remote session or anywhere in the season, oldest course first, between the season's start and the day
 * before {@code today}, in the city's daytime.
 *
 * <p>Deterministic: the same seed, learners and day give the same season, whatever order the learners come in (each
 * learner, county and township draws from a random stream of its own).
 */
public final class DemoSeason {

  /** Beijing time: the city's days and daytime. */
  public static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

  /** First city-wide remote session this many days after the season starts, then one every {@link #SESSION_EVERY}. */
  private static final int FIRST_SESSION = 20;
  private static final int SESSION_EVERY = 42;
  /** Share of completions that follow a remote session; the rest fall on any day of the season. */
  private static final double AFTER_SESSIONS = 0.6;
  /** Mean days between a session and a completion it prompted, and the longest such wait. */
  private static final double BURST_MEAN_DAYS = 2.0;
  private static final int BURST_DAYS = 10;
  /** Counties complete everything with a probability between these; townships vary it by ±20 %. */
  private static final double LEAST_DILIGENT = 0.3;
  private static final double MOST_DILIGENT = 0.8;
  private static final double TOWNSHIP_SPREAD = 0.2;
  /** Weak-and-lax villages complete at this share of their county's rate. */
  private static final double WEAK_AND_LAX = 0.55;
  /** Learning happens between 07:00 and 22:00. */
  private static final int FIRST_MINUTE = 7 * 60;
  private static final int DAYTIME_MINUTES = 15 * 60;

  /**
   * Someone who may learn.
   *
   * @param id the app's id of the person (keys their random stream)
   * @param countyCode the 12-digit code of their county-level unit
   * @param townshipCode the 12-digit code of their township, or the county's own for county cadres
   * @param weakAndLax whether they serve in a weak-and-lax village
   */
  public record Learner(long id, String countyCode, String townshipCode, boolean weakAndLax) {}

  /**
   * A demo training plan over the season, city-wide.
   *
   * @param unitCode the unit whose people it is for (the city)
   * @param kind ANNUAL or FIVE_STAR (the app's plan kinds)
   * @param positions the positions it is meant for; empty: everyone serving in the city
   * @param courseKeys the pack's courses it requires ({@link CoursePack}), in the order people take them
   * @param targetRate the completion rate the department aims at (0..1)
   */
  public record Plan(String name, String unitCode, String kind, List<String> positions, List<String> courseKeys,
                     BigDecimal targetRate) {}

  /** A course (by its key in the order given) completed by a learner. */
  public record Completion(long learnerId, String courseKey, Instant at) {}

  private final long seed;
  private final String cityCode;
  private final LocalDate start;
  private final LocalDate end;

  DemoSeason(long seed, String cityCode, LocalDate start, LocalDate end) {
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("a season cannot end (" + end + ") before it starts (" + start + ")");
    }
    this.seed = seed;
    this.cityCode = cityCode;
    this.start = start;
    this.end = end;
  }

  /** The season of {@code pack.properties}: its period and the pack's seed. */
  public static DemoSeason load() {
    PackSettings settings = PackSettings.read();
    return new DemoSeason(settings.seed(), settings.cityCode(), settings.seasonStart(), settings.seasonEnd());
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  /**
   * The season's demo plans: the party secretaries' annual rotation training (the first three courses) and the
   * Five-Star campaign training for every cadre (all six).
   */
  public List<Plan> plans() {
    return List.of(
        new Plan(start.getYear() + "年度村（社区）党组织书记轮训", cityCode, "ANNUAL", List.of(Positions.PARTY_SECRETARY),
            List.of("C01", "C02", "C03"), new BigDecimal("0.95")),
        new Plan("五星支部创建专项培训", cityCode, "FIVE_STAR", List.of(),
            List.of("C01", "C02", "C03", "C04", "C05", "C06"), new BigDecimal("0.90")));
  }

  /** The days of the city-wide remote sessions held before {@code today}, in order. */
  public List<LocalDate> remoteSessions(LocalDate today) {
    List<LocalDate> sessions = new ArrayList<>();
    for (LocalDate day = start.plusDays(FIRST_SESSION); day.isBefore(today) && !day.isAfter(end);
        day = day.plusDays(SESSION_EVERY)) {
      sessions.add(day);
    }
    return sessions;
  }

  /**
   * What the learners completed of the courses (keys in the order people take them) from the season's start up to
   * the day before {@code today}: empty before the season has begun.
   */
  public List<Completion> learning(List<Learner> learners, List<String> courseKeys, LocalDate today) {
    LocalDate lastDay = today.minusDays(1).isAfter(end) ? end : today.minusDays(1);
    if (lastDay.isBefore(start) || courseKeys.isEmpty()) {
      return List.of();
    }
    List<LocalDate> sessions = remoteSessions(today);
    List<Completion> completions = new ArrayList<>();
    for (Learner learner : learners) {
      Random random = new Random(mix(seed, "learner".hashCode(), learner.id()));
      int all = courseKeys.size();
      int done = random.nextDouble() < completeProbability(learner) ? all : random.nextInt(all);
      Instant[] times = new Instant[done];
      for (int i = 0; i < done; i++) {
        times[i] = day(random, sessions, lastDay).atStartOfDay(CITY_TIME)
            .plusMinutes(FIRST_MINUTE + random.nextInt(DAYTIME_MINUTES)).toInstant();
      }
      Arrays.sort(times);
      for (int i = 0; i < done; i++) {
        completions.add(new Completion(learner.id(), courseKeys.get(i), times[i]));
      }
    }
    return completions;
  }

  /** How likely the learner is to complete every course: their county's diligence, varied by township and village. */
  double completeProbability(Learner learner) {
    double county = LEAST_DILIGENT + (MOST_DILIGENT - LEAST_DILIGENT) * draw("county", learner.countyCode());
    double township = 1 + TOWNSHIP_SPREAD * (2 * draw("township", learner.townshipCode()) - 1);
    double probability = county * township * (learner.weakAndLax() ? WEAK_AND_LAX : 1);
    return Math.min(0.98, probability);
  }

  /** A day in the days after one of the sessions, or any day of the season; never after {@code lastDay}. */
  private LocalDate day(Random random, List<LocalDate> sessions, LocalDate lastDay) {
    if (!sessions.isEmpty() && random.nextDouble() < AFTER_SESSIONS) {
      LocalDate session = sessions.get(random.nextInt(sessions.size()));
      long wait = Math.min(BURST_DAYS, (long) (-Math.log(1 - random.nextDouble()) * BURST_MEAN_DAYS));
      LocalDate day = session.plusDays(wait);
      if (!day.isAfter(lastDay)) {
        return day;
      }
    }
    return start.plusDays(random.nextLong(ChronoUnit.DAYS.between(start, lastDay) + 1));
  }

  /** A number in [0, 1) fixed for one purpose and unit by the seed. */
  private double draw(String purpose, String unitCode) {
    return new Random(mix(seed, purpose.hashCode(), Long.parseLong(unitCode))).nextDouble();
  }

  /**
   * Mixes the seed with a purpose and a key (SplitMix64's finalizer): {@link Random}'s streams of neighbouring seeds
   * start alike, and learners' ids are neighbours.
   */
  private static long mix(long seed, long purpose, long key) {
    long z = seed * 1_000_003L + purpose;
    z = z * 1_000_003L + key;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
