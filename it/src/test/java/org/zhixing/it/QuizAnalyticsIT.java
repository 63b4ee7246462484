package org.zhixing.it;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.paper;
import static org.zhixing.it.QuizFixtures.publish;
import static org.zhixing.it.QuizFixtures.question;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analysis of a paper (考试分析) against figures this test works out itself from the answers it gave: ten attempts
 * by the three Taikang accounts that may take a county paper, with distinct scores, so that the upper and lower 27 %
 * groups are unambiguous. The paper is the class's own, so the figures count nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAnalyticsIT {

  private static final String COUNTY = "411627000000";
  private static final double PASS_SCORE = 8;
  /** The questions' right answers and points; options 甲乙丙丁 are keys A–D as authored. */
  private static final List<String> RIGHT = List.of("A", "B", "对", "生态宜居");
  private static final List<Integer> POINTS = List.of(1, 2, 4, 8);
  private static final List<String> TAGS = List.of("star:支部过硬", "star:产业兴旺", "star:产业兴旺", "star:生态宜居");
  /** Who answered what, attempt by attempt; "" leaves the question unanswered. */
  private static final List<Given> GIVEN = List.of(
      new Given("learner", "A", "B", "对", "生态宜居"),
      new Given("learner", "C", "B", "对", "生态宜居"),
      new Given("learner", "A", "A", "错", "生态宜居"),
      new Given("learner", "B", "D", "对", "不知道"),
      new Given(TRAINER, "A", "B", "对", "不知道"),
      new Given(TRAINER, "C", "A", "错", ""),
      new Given(TRAINER, "A", "B", "错", "生态宜居"),
      new Given("taikang-admin", "C", "B", "错", "不知道"),
      new Given("taikang-admin", "A", "D", "对", "生态宜居"),
      new Given("taikang-admin", "A", "D", "错", "不知道"));

  private static long paper;
  private static List<Long> questions;
  private static Map<String, String> unitOfTaker;

  record Given(String taker, String... answers) {

    boolean right(int question) {
      return answers[question].equals(RIGHT.get(question));
    }

    int score() {
      return IntStream.range(0, RIGHT.size()).filter(this::right).map(POINTS::get).sum();
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void tenAttemptsAreTakenAndSubmitted() {
    long bank = bank(TRAINER, "分析题库");
    questions = List.of(
        question(bank, "SINGLE_CHOICE", "哪一星是基础？", List.of("支部过硬星", "产业兴旺星", "乡风文明星", "平安法治星"), List.of("A"), 2, TAGS.get(0)),
        question(bank, "SINGLE_CHOICE", "集体经济属于哪一星？", List.of("支部过硬星", "产业兴旺星", "乡风文明星", "平安法治星"), List.of("B"), 3, TAGS.get(1)),
        question(bank, "TRUE_FALSE", "产业兴旺星看集体经济收入。", List.of(), List.of("对"), 3, TAGS.get(2)),
        question(bank, "FILL_IN", "____星强调人居环境。", List.of(), List.of("生态宜居"), 4, TAGS.get(3)));
    JsonArrayBuilder fixed = Json.createArrayBuilder();
    for (int i = 0; i < questions.size(); i++) {
      fixed.add(Json.createObjectBuilder().add("questionId", questions.get(i)).add("points", POINTS.get(i)));
    }
    paper = publish(paper("分析试卷", 600, 4, "AFTER_SUBMIT", fixed).add("passScore", PASS_SCORE));
    for (Given given : GIVEN) {
      String id = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(given.taker())).object().getString("id");
      JsonObjectBuilder answers = Json.createObjectBuilder();
      for (int i = 0; i < RIGHT.size(); i++) {
        if (!given.answers()[i].isEmpty()) {
          answers.add(String.valueOf(i + 1), Json.createArrayBuilder().add(given.answers()[i]));
        }
      }
      Api.Answer submitted = Api.postJson("/api/quiz/attempts/" + id + "/submit", Tokens.of(given.taker()),
          Json.createObjectBuilder().add("answers", answers).build().toString());
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
      assertThat(submitted.object().getJsonNumber("score").intValue()).as("graded as this test reckons").isEqualTo(given.score());
    }
    unitOfTaker = Api.get("/api/quiz/papers/" + paper + "/attempts", Tokens.of(TRAINER)).array().stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(a -> a.getString("learner"), a -> a.getString("orgUnitCode"), (a, b) -> a));
  }

  @Test
  void passRateMeanAndHistogramAreThoseOfTheGradedAttempts() {
    JsonObject analysis = analysis(TRAINER);

    long passed = GIVEN.stream().filter(g -> g.score() >= PASS_SCORE).count();
    double mean = GIVEN.stream().mapToInt(Given::score).average().orElseThrow();
    int max = POINTS.stream().mapToInt(Integer::intValue).sum();
    long[] histogram = new long[10];
    GIVEN.forEach(g -> histogram[Math.min(g.score() * 10 / max, 9)]++);

    assertThat(analysis.getInt("graded")).isEqualTo(GIVEN.size());
    assertThat(analysis.getInt("passed")).isEqualTo((int) passed);
    assertThat(analysis.getJsonNumber("passRate").doubleValue()).isCloseTo((double) passed / GIVEN.size(), within(1e-9));
    assertThat(analysis.getJsonNumber("meanScore").doubleValue()).isCloseTo(mean, within(0.005));
    assertThat(analysis.getJsonNumber("maxScore").intValue()).isEqualTo(max);
    assertThat(analysis.getJsonArray("histogram").getValuesAs(JsonNumber.class)).extracting(JsonNumber::longValue)
        .containsExactly(Arrays.stream(histogram).boxed().toArray(Long[]::new));
  }

  @Test
  void everyQuestionHasItsShareCorrectDiscriminationAndMostChosenWrongOption() {
    List<Given> byScore = GIVEN.stream().sorted(comparing(Given::score).reversed()).toList();
    int group = (int) Math.round(GIVEN.size() * 0.27);
    List<Given> upper = byScore.subList(0, group);
    List<Given> lower = byScore.subList(byScore.size() - group, byScore.size());
    List<JsonObject> stats = analysis(TRAINER).getJsonArray("questions").getValuesAs(JsonObject.class);

    assertThat(stats).extracting(q -> q.getJsonNumber("questionId").longValue()).containsExactlyElementsOf(questions);
    for (int i = 0; i < questions.size(); i++) {
      int question = i;
      JsonObject seen = stats.get(i);
      long answered = GIVEN.stream().filter(g -> !g.answers()[question].isEmpty()).count();
      double discrimination = share(upper, question) - share(lower, question);
      assertThat(seen.getInt("asked")).isEqualTo(GIVEN.size());
      assertThat(seen.getInt("answered")).as("question %d", i + 1).isEqualTo((int) answered);
      assertThat(seen.getJsonNumber("shareCorrect").doubleValue()).as("question %d", i + 1)
          .isCloseTo(share(GIVEN, question), within(1e-9));
      assertThat(seen.getJsonNumber("discrimination").doubleValue()).as("question %d", i + 1)
          .isCloseTo(discrimination, within(1e-9));
    }
    for (int i = 0; i < 2; i++) {
      Map.Entry<String, Long> wrong = mostChosenWrong(i);
      assertThat(stats.get(i).getString("wrongOption")).as("question %d", i + 1).isEqualTo(wrong.getKey());
      assertThat(stats.get(i).getInt("wrongOptionChosen")).isEqualTo(wrong.getValue().intValue());
    }
    assertThat(stats.get(0).getString("wrongOptionText")).isEqualTo("乡风文明星");
    assertThat(stats.get(2).containsKey("wrongOption")).as("not a choice question").isFalse();
  }

  @Test
  void theWeakestTagsComeFirst() {
    Map<String, long[]> byTag = new TreeMap<>();
    for (int i = 0; i < RIGHT.size(); i++) {
      int question = i;
      long[] tally = byTag.computeIfAbsent(TAGS.get(i), t -> new long[2]);
      tally[0] += GIVEN.size();
      tally[1] += GIVEN.stream().filter(g -> g.right(question)).count();
    }
    List<String> expected = byTag.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, long[]>>comparingDouble(e -> (double) e.getValue()[1] / e.getValue()[0])
            .thenComparing(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .toList();

    assertThat(analysis(TRAINER).getJsonArray("weakestTags").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("tag"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void unitsAreThoseOneLevelBelowTheReader() {
    Map<Boolean, List<Given>> atCounty = GIVEN.stream()
        .collect(Collectors.partitioningBy(g -> unitOfTaker.get(g.taker()).equals(COUNTY)));
    String township = Api.get("/api/org/units/" + unitOfTaker.get("learner"), Tokens.of(TRAINER)).object().getString("parentCode");

    assertThat(analysis(TRAINER).getJsonArray("units").getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("code"), u -> u.getInt("graded"), u -> u.getInt("passed"))
        .containsExactlyInAnyOrder(
            tuple(COUNTY, atCounty.get(true).size(), passes(atCounty.get(true))),
            tuple(township, atCounty.get(false).size(), passes(atCounty.get(false))));
    assertThat(analysis("city-admin").getJsonArray("units").getValuesAs(JsonObject.class))
        .as("the city sees its counties")
        .extracting(u -> u.getString("code"), u -> u.getInt("graded"))
        .containsExactly(tuple(COUNTY, GIVEN.size()));
  }

  @Test
  void anotherCountyCannotReadTheAnalysis() {
    Api.Answer answer = Api.get("/api/quiz/papers/" + paper + "/analytics", Tokens.of("dancheng-admin"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.object().getString("type")).endsWith("quiz-paper-not-found");
    assertThat(Api.get("/api/quiz/papers/" + paper + "/analytics", Tokens.of("learner")).status()).isEqualTo(403);
  }

  private static JsonObject analysis(String user) {
    Api.Answer answer = Api.get("/api/quiz/papers/" + paper + "/analytics", Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static double share(List<Given> attempts, int question) {
    return (double) attempts.stream().filter(g -> g.right(question)).count() / attempts.size();
  }

  private static int passes(List<Given> attempts) {
    return (int) attempts.stream().filter(g -> g.score() >= PASS_SCORE).count();
  }

  /** The wrong key chosen most often for a choice question, the earlier key on a tie. */
  private static Map.Entry<String, Long> mostChosenWrong(int question) {
    var counts = new TreeMap<String, Long>();
    GIVEN.stream().filter(g -> !g.right(question) && !g.answers()[question].isEmpty())
        .forEach(g -> counts.merge(g.answers()[question], 1L, Long::sum));
    return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow();
  }
}
