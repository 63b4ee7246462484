package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.content.LoadedPack.PACK;
import static org.zhixing.content.LoadedPack.UNITS_BY_CODE;
import static org.zhixing.content.LoadedPack.countyOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoSeasonTest {

  private static final DemoSeason SEASON = DemoSeason.load();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final List<String> COURSES = CoursePack.load().courses().stream().map(CourseSeed::key).toList();
  /** The pack's people as the app would number them, in the pack's order. */
  private static final List<DemoSeason.Learner> LEARNERS = IntStream.range(0, PACK.people().size())
      .mapToObj(i -> learner(i + 1, PACK.people().get(i)))
      .toList();
  private static final List<DemoSeason.Completion> LEARNING = SEASON.learning(LEARNERS, COURSES, TODAY);

  @Test
  void theSeasonIsAPlausibleSizeForThirtyThousandPeople() {
    assertThat(LEARNING.size()).isBetween(60_000, 160_000);
    assertThat(completedAll(LEARNERS)).isBetween(0.3, 0.8);
  }

  @Test
  void theSameSeedGivesTheSameSeasonWhateverOrderThePeopleComeIn() {
    List<DemoSeason.Learner> shuffled = new ArrayList<>(LEARNERS);
    Collections.reverse(shuffled);
    assertThat(new HashSet<>(SEASON.learning(shuffled, COURSES, TODAY))).isEqualTo(new HashSet<>(LEARNING));
    assertThat(new DemoSeason(1, "411600000000", SEASON.start(), SEASON.end()).learning(LEARNERS, COURSES, TODAY).equals(LEARNING))
        .isFalse();
  }

  @Test
  void nobodyCompletesACourseTwiceAndEveryoneTakesTheCoursesInOrder() {
    Set<String> seen = new HashSet<>();
    assertThat(LEARNING.stream().allMatch(done -> seen.add(done.learnerId() + "/" + done.courseKey()))).isTrue();
    Map<Long, List<DemoSeason.Completion>> byLearner = LEARNING.stream()
        .collect(Collectors.groupingBy(DemoSeason.Completion::learnerId));
    byLearner.values().forEach(done -> {
      assertThat(done).extracting(DemoSeason.Completion::courseKey).isEqualTo(COURSES.subList(0, done.size()));
      assertThat(done).extracting(DemoSeason.Completion::at).isSorted();
    });
  }

  @Test
  void everythingHappensInTheSeasonBeforeTodayInTheCitysDaytime() {
    assertThat(LEARNING).allSatisfy(done -> {
      LocalDateTime local = LocalDateTime.ofInstant(done.at(), DemoSeason.CITY_TIME);
      assertThat(local.toLocalDate()).isBetween(SEASON.start(), TODAY.minusDays(1));
      assertThat(local.getHour()).isBetween(7, 21);
    });
    assertThat(SEASON.learning(LEARNERS, COURSES, SEASON.start())).isEmpty();
  }

  @Test
  void countiesDifferSomeFarAheadOfOthers() {
    Map<String, List<DemoSeason.Learner>> byCounty = LEARNERS.stream()
        .collect(Collectors.groupingBy(DemoSeason.Learner::countyCode));
    DoubleSummaryStatistics rates = byCounty.values().stream().mapToDouble(this::completedAll).summaryStatistics();
    assertThat(byCounty).hasSizeGreaterThanOrEqualTo(10);
    assertThat(rates.getMax() - rates.getMin()).isGreaterThan(0.25);
  }

  @Test
  void weakAndLaxVillagesLagBehindTheOthersOfTheirCounty() {
    Map<String, List<DemoSeason.Learner>> byCounty = LEARNERS.stream()
        .collect(Collectors.groupingBy(DemoSeason.Learner::countyCode));
    byCounty.forEach((county, people) -> {
      List<DemoSeason.Learner> weak = people.stream().filter(DemoSeason.Learner::weakAndLax).toList();
      List<DemoSeason.Learner> others = people.stream().filter(person -> !person.weakAndLax()).toList();
      if (weak.size() >= 50) {
        assertThat(completedAll(weak)).as(county).isLessThan(0.8 * completedAll(others));
      }
    });
    assertThat(LEARNERS).anyMatch(DemoSeason.Learner::weakAndLax);
  }

  @Test
  void completionsBurstInTheDaysAfterEachRemoteSession() {
    List<LocalDate> sessions = SEASON.remoteSessions(TODAY);
    assertThat(sessions).hasSizeGreaterThanOrEqualTo(5).allMatch(day -> day.isBefore(TODAY)).isSorted();
    Map<LocalDate, Long> perDay = LEARNING.stream()
        .collect(Collectors.groupingBy(done -> LocalDate.ofInstant(done.at(), DemoSeason.CITY_TIME),
            Collectors.counting()));
    double average = (double) LEARNING.size() / ChronoUnit.DAYS.between(SEASON.start(), TODAY);
    for (LocalDate session : sessions) {
      long weekAfter = IntStream.range(0, 7).mapToLong(d -> perDay.getOrDefault(session.plusDays(d), 0L)).sum();
      long weekBefore = IntStream.range(1, 8).mapToLong(d -> perDay.getOrDefault(session.minusDays(d), 0L)).sum();
      assertThat(weekAfter).as("the week after " + session).isGreaterThan(3 * weekBefore).isGreaterThan((long) (3 * 7 * average));
    }
  }

  @Test
  void thePlansRequireCoursesOfThePackInTheOrderPeopleTakeThem() {
    assertThat(SEASON.plans()).hasSize(2).allSatisfy(plan -> {
      assertThat(plan.courseKeys()).isEqualTo(COURSES.subList(0, plan.courseKeys().size()));
      assertThat(plan.kind()).isIn("ANNUAL", "FIVE_STAR");
    });
    assertThat(SEASON.plans().getFirst().name()).isEqualTo("2026年度村（社区）党组织书记轮训");
  }

  /** Share of these learners who completed every course. */
  private double completedAll(List<DemoSeason.Learner> learners) {
    Set<Long> ids = learners.stream().map(DemoSeason.Learner::id).collect(Collectors.toSet());
    String last = COURSES.getLast();
    long done = LEARNING.stream().filter(d -> d.courseKey().equals(last) && ids.contains(d.learnerId())).count();
    return (double) done / learners.size();
  }

  private static DemoSeason.Learner learner(long id, PersonSeed person) {
    UnitSeed unit = UNITS_BY_CODE.get(person.unitCode());
    String township = unit.isGrassroots() ? unit.parentCode() : unit.code();
    return new DemoSeason.Learner(id, countyOf(person.unitCode()), township, unit.weakYear() != null);
  }
}
