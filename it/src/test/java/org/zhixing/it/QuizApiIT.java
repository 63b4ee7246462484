package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zhixing.it.QuizFixtures.SECRET;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.fixed;
import static org.zhixing.it.QuizFixtures.paper;
import static org.zhixing.it.QuizFixtures.publish;
import static org.zhixing.it.QuizFixtures.question;
import static org.zhixing.it.QuizFixtures.questionJson;
import static org.zhixing.it.QuizFixtures.rule;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quizzes through the API: question sheets checked all or nothing and exported back, fixed and drawn papers, attempts
 * against the server's clock (autosave, resume, refusal after the deadline, submission at the deadline by the sweep),
 * answers hidden until they may be seen, the grading queue with credit hours, and scope. Every test makes its own
 * banks and papers, so the tests share nothing but the demo accounts.
 */
@ExtendWith(ArquillianExtension.class)
class QuizApiIT {

  private static final String LEARNER = "learner";
  private static final List<String> HEADERS =
      List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "解析", "难度", "标签");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aSheetWithBadRowsIsReportedRowByRowAndAddsNothing() {
    long bank = bank(TRAINER, "导入校验题库");
    byte[] sheet = xlsx(
        List.of("单选题", "哪一星是基础？", "支部过硬星", "产业兴旺星", "", "", "", "", "A", "", "易", ""),
        List.of("单选题", "缺答案的题", "甲", "乙", "", "", "", "", "", "", "", ""),
        List.of("问卷题", "题型不对", "", "", "", "", "", "", "对", "", "", ""),
        List.of("判断题", "答案不对", "", "", "", "", "", "", "也许", "", "9", ""));

    JsonObject report = importSheet(TRAINER, bank, sheet).object();

    assertThat(report.getBoolean("committed")).isFalse();
    assertThat(report.getInt("imported")).isZero();
    assertThat(report.getInt("rows")).isEqualTo(4);
    assertThat(report.getInt("problemCount")).isEqualTo(4);
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("row"), p -> p.getString("column"), p -> p.getString("code"))
        .containsExactly(
            tuple(3, "答案", "missing-answer"),
            tuple(4, "题型", "unknown-type"),
            tuple(5, "答案", "invalid-true-false"),
            tuple(5, "难度", "invalid-difficulty"));
    assertThat(report.getJsonArray("problems").getJsonObject(1).getString("message")).contains("问卷题");
    assertThat(questions(TRAINER, bank).getInt("total")).as("all or nothing").isZero();
  }

  @Test
  void aCleanSheetAddsEveryQuestionAndItsExportReadsBackTheSame() {
    long bank = bank(TRAINER, "导入导出题库");
    byte[] sheet = xlsx(
        List.of("单选题", "哪一星是基础？", "支部过硬星", "产业兴旺星", "", "", "", "", "A", "支部过硬是基础", "易", "star:支部过硬"),
        List.of("多选题", "哪些属于五星？", "支部过硬", "产业兴旺", "打牌", "", "", "", "A、B", "", "2", "star:支部过硬，course:1"),
        List.of("判断题", "第一书记由县委选派。", "", "", "", "", "", "", "√", "", "中", ""),
        List.of("填空题", "____星强调生态。", "", "", "", "", "", "", "生态宜居|生态宜居星", "", "3", ""),
        List.of("简答题", "谈谈产业兴旺。", "", "", "", "", "", "", "发展集体经济", "", "难", ""));

    JsonObject report = importSheet(TRAINER, bank, sheet).object();

    assertThat(report.getBoolean("committed")).as(report.toString()).isTrue();
    assertThat(report.getInt("imported")).isEqualTo(5);
    JsonObject listed = questions(TRAINER, bank);
    assertThat(listed.getInt("total")).isEqualTo(5);
    assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(q -> q.getString("type"), q -> q.getInt("difficulty"))
        .containsExactly(tuple("SINGLE_CHOICE", 1), tuple("MULTIPLE_CHOICE", 2), tuple("TRUE_FALSE", 3),
            tuple("FILL_IN", 3), tuple("SHORT_ANSWER", 5));
    assertThat(Api.get("/api/quiz/banks/" + bank + "/questions?tag=" + Api.encode("star:支部过硬"), Tokens.of(TRAINER))
        .object().getInt("total")).isEqualTo(2);

    byte[] exported = Api.getBytes("/api/quiz/banks/" + bank + "/export", Tokens.of(TRAINER));
    long copy = bank(TRAINER, "导出再导入");
    assertThat(importSheet(TRAINER, copy, exported).object().getInt("imported")).isEqualTo(5);
    assertThat(stripIds(questions(TRAINER, copy))).isEqualTo(stripIds(listed));
  }

  @Test
  void aFixedPaperIsTakenWithAutosaveAndResumeAndNothingRevealsTheAnswersBeforeSubmission() {
    long bank = bank(TRAINER, "固定试卷题库");
    long single = question(bank, "SINGLE_CHOICE", "哪一星是基础？", List.of("支部过硬星", "产业兴旺星", "乡风文明星"), List.of("A"));
    long judge = question(bank, "TRUE_FALSE", "第一书记由县委选派。", List.of(), List.of("对"));
    long fill = question(bank, "FILL_IN", "____星强调生态。", List.of(), List.of("生态宜居|生态宜居星"));
    long paper = publish(paper("固定试卷", 600, 2, "AFTER_SUBMIT", fixed(single, judge, fill)));
    var responses = new ArrayList<Api.Answer>();

    Api.Answer started = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER));
    responses.add(started);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    JsonObject attempt = started.object();
    String id = attempt.getString("id");
    assertThat(started.location()).endsWith("/api/quiz/attempts/" + id);
    assertThat(Duration.between(Instant.parse(attempt.getString("startedAt")), Instant.parse(attempt.getString("deadline"))))
        .isEqualTo(Duration.ofSeconds(600));
    JsonObject first = attempt.getJsonArray("items").getJsonObject(0);
    String right = keyOf(first, "支部过硬星");
    responses.add(save(id, 1, List.of(right)));
    responses.add(save(id, 2, List.of("错")));

    Api.Answer again = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER));
    Api.Answer resumed = Api.get("/api/quiz/attempts/" + id, Tokens.of(LEARNER));
    responses.add(again);
    responses.add(resumed);
    assertThat(again.status()).as("a second start resumes").isEqualTo(200);
    assertThat(again.object().getString("id")).isEqualTo(id);
    assertThat(resumed.object().getJsonArray("items").getJsonObject(0).getJsonArray("options"))
        .as("the same option order").isEqualTo(first.getJsonArray("options"));
    assertThat(responseOf(resumed.object(), 1)).containsExactly(right);
    assertThat(responseOf(resumed.object(), 2)).containsExactly("错");
    assertThat(resumed.object().getJsonNumber("remainingMillis").longValue()).isBetween(590_000L, 600_000L);
    responses.add(Api.get("/api/quiz/papers/offered", Tokens.of(LEARNER)));

    for (Api.Answer response : responses) {
      assertThat(response.body()).as("no answer or explanation leaks").doesNotContain(SECRET).doesNotContain("生态宜居");
    }
    for (JsonObject item : resumed.object().getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertThat(item.keySet()).doesNotContain("correctAnswer", "explanation", "score", "comment");
    }

    Api.Answer submitted = Api.postJson("/api/quiz/attempts/" + id + "/submit", Tokens.of(LEARNER),
        "{\"answers\":{\"3\":[\" 生态　宜居 \"]}}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    JsonObject result = submitted.object();
    assertThat(result.getString("status")).isEqualTo("GRADED");
    assertThat(result.getJsonNumber("score").doubleValue()).as("single and fill-in right, judgement wrong").isEqualTo(20.0);
    assertThat(result.getBoolean("passed")).isTrue();
    assertThat(result.getBoolean("answersVisible")).isTrue();
    assertThat(result.getJsonArray("items").getJsonObject(0).getString("explanation")).contains(SECRET);
    assertThat(result.getJsonArray("items").getJsonObject(1).getJsonArray("correctAnswer").getString(0)).isEqualTo("T");
    assertThat(save(id, 1, List.of(right)).status()).as("a submitted attempt takes no answers").isEqualTo(409);
  }

  @Test
  void concurrentStartsOpenOneAttempt() throws Exception {
    long bank = bank(TRAINER, "并发开考题库");
    long judge = question(bank, "TRUE_FALSE", "并发测试题。", List.of(), List.of("对"));
    long paper = publish(paper("并发开考", 600, 1, "NEVER", fixed(judge)));
    String token = Tokens.of(LEARNER);

    try (var pool = Executors.newFixedThreadPool(8)) {
      List<CompletableFuture<Api.Answer>> starts = IntStream.range(0, 8)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> Api.post("/api/quiz/papers/" + paper + "/attempts", token), pool))
          .toList();
      Set<String> ids = new HashSet<>();
      for (CompletableFuture<Api.Answer> start : starts) {
        Api.Answer answer = start.get();
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        ids.add(answer.object().getString("id"));
      }
      assertThat(ids).hasSize(1);
    }
    assertThat(attemptsAt(paper)).hasSize(1);
  }

  @Test
  void aDrawnPaperAsksWhatItsRulesSayAndEachAttemptDrawsAgain() {
    long bank = bank(TRAINER, "抽题题库");
    for (int i = 0; i < 6; i++) {
      question(bank, "TRUE_FALSE", "产业判断题 " + i, List.of(), List.of("对"), 1, "star:产业兴旺");
      question(bank, "SINGLE_CHOICE", "支部单选题 " + i, List.of("甲", "乙", "丙", "丁"), List.of("B"), 3, "star:支部过硬");
    }
    question(bank, "SINGLE_CHOICE", "不该抽到的难题", List.of("甲", "乙"), List.of("A"), 5, "star:支部过硬");
    JsonArray rules = Json.createArrayBuilder()
        .add(rule(bank, "star:产业兴旺", "TRUE_FALSE", 1, 2, 5))
        .add(rule(bank, "star:支部过硬", "SINGLE_CHOICE", 3, 3, 10))
        .build();
    long paper = publish(paper("抽题试卷", 600, 3, "AFTER_SUBMIT", Json.createArrayBuilder()).add("rules", rules));

    var papersDrawn = new HashSet<List<String>>();
    for (int attempt = 0; attempt < 3; attempt++) {
      JsonObject started = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER)).object();
      List<JsonObject> items = started.getJsonArray("items").getValuesAs(JsonObject.class);
      assertThat(items).extracting(i -> i.getString("type"), i -> i.getJsonNumber("points").intValue())
          .containsExactly(tuple("TRUE_FALSE", 5), tuple("TRUE_FALSE", 5), tuple("SINGLE_CHOICE", 10),
              tuple("SINGLE_CHOICE", 10), tuple("SINGLE_CHOICE", 10));
      assertThat(items).extracting(i -> i.getString("stem")).doesNotHaveDuplicates().doesNotContain("不该抽到的难题");
      assertThat(items.subList(0, 2)).allSatisfy(i -> assertThat(i.getString("stem")).startsWith("产业判断题"));
      assertThat(started.getJsonNumber("maxScore").intValue()).isEqualTo(40);
      papersDrawn.add(items.stream().map(i -> i.getString("stem")).toList());
      Api.postJson("/api/quiz/attempts/" + started.getString("id") + "/submit", Tokens.of(LEARNER), "{}");
    }
    assertThat(papersDrawn).as("three attempts, drawn afresh (equal by chance about once in 10^5)").hasSizeGreaterThan(1);
    Api.Answer fourth = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER));
    assertThat(fourth.status()).isEqualTo(409);
    assertThat(fourth.object().getString("type")).endsWith("quiz-no-attempts-left");
  }

  @Test
  void aSubmissionAfterTheDeadlineIsRefusedAndTheAttemptCountsAsItStoodAtTheDeadline() throws InterruptedException {
    long bank = bank(TRAINER, "限时题库");
    long judge = question(bank, "TRUE_FALSE", "限时判断题。", List.of(), List.of("对"));
    long other = question(bank, "TRUE_FALSE", "另一道限时判断题。", List.of(), List.of("错"));
    long paper = publish(paper("两秒测验", 2, 1, "AFTER_SUBMIT", fixed(judge, other)));
    String id = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER)).object().getString("id");
    assertThat(save(id, 1, List.of("对")).status()).isEqualTo(200);

    Thread.sleep(2_500);
    Api.Answer late = Api.postJson("/api/quiz/attempts/" + id + "/submit", Tokens.of(LEARNER), "{\"answers\":{\"2\":[\"错\"]}}");
    Api.Answer lateSave = save(id, 2, List.of("错"));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.contentType()).startsWith("application/problem+json");
    assertThat(late.object().getString("type")).endsWith("quiz-attempt-closed");
    assertThat(lateSave.status()).isEqualTo(409);
    JsonObject attempt = Api.get("/api/quiz/attempts/" + id, Tokens.of(LEARNER)).object();
    assertThat(attempt.getBoolean("autoSubmitted")).isTrue();
    assertThat(attempt.getString("submittedAt")).isEqualTo(attempt.getString("deadline"));
    assertThat(attempt.getJsonNumber("score").doubleValue()).as("only the answer saved in time counts").isEqualTo(10.0);
  }

  @Test
  void theSweepSubmitsAnAttemptNobodyCameBackTo() throws InterruptedException {
    long bank = bank(TRAINER, "自动交卷题库");
    long judge = question(bank, "TRUE_FALSE", "自动交卷判断题。", List.of(), List.of("对"));
    long paper = publish(paper("无人回来的测验", 1, 1, "AFTER_SUBMIT", fixed(judge)));
    String id = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER)).object().getString("id");
    save(id, 1, List.of("对"));

    JsonObject seen = null;
    for (Instant until = Instant.now().plusSeconds(20); Instant.now().isBefore(until); Thread.sleep(500)) {
      seen = attemptsAt(paper).getFirst().asJsonObject();
      if (!"OPEN".equals(seen.getString("status"))) {
        break;
      }
    }
    assertThat(seen.getString("status")).as("read by the trainer, which submits nothing itself").isEqualTo("GRADED");
    assertThat(seen.getBoolean("autoSubmitted")).isTrue();
    assertThat(seen.getJsonNumber("score").doubleValue()).isEqualTo(10.0);
  }

  @Test
  void shortAnswersWaitForATrainerWhoseLastGradeDecidesTheAttempt() {
    long bank = bank(TRAINER, "简答题库");
    long judge = question(bank, "TRUE_FALSE", "简答卷判断题。", List.of(), List.of("对"));
    long essay = question(bank, "SHORT_ANSWER", "谈谈如何创建产业兴旺星。", List.of(), List.of("发展集体经济"));
    long paper = publish(paper("简答试卷", 600, 1, "AFTER_SUBMIT", fixed(judge, essay)));
    String id = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER)).object().getString("id");
    JsonObject submitted = Api.postJson("/api/quiz/attempts/" + id + "/submit", Tokens.of(LEARNER),
        "{\"answers\":{\"1\":[\"对\"],\"2\":[\"发展村集体经济，带动群众增收\"]}}").object();
    assertThat(submitted.getString("status")).isEqualTo("AWAITING_GRADING");
    assertThat(submitted.keySet()).doesNotContain("score", "passed", "creditHours");

    JsonObject pending = pendingFor(TRAINER, id);
    assertThat(pending.getString("stem")).isEqualTo("谈谈如何创建产业兴旺星。");
    assertThat(pending.getJsonArray("response").getString(0)).startsWith("发展村集体经济");
    assertThat(pendingFor("dancheng-admin", id)).as("another county's queue").isNull();
    assertThat(Api.putJson("/api/quiz/grading/" + id + "/answers/1", Tokens.of(TRAINER), "{\"score\":5}").status())
        .as("objective questions are not graded by hand").isEqualTo(409);
    assertThat(Api.putJson("/api/quiz/grading/" + id + "/answers/2", Tokens.of(TRAINER), "{\"score\":11}").status())
        .isEqualTo(422);

    Api.Answer graded = Api.putJson("/api/quiz/grading/" + id + "/answers/2", Tokens.of(TRAINER),
        "{\"score\":8,\"comment\":\"要点齐全\"}");

    assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
    assertThat(pendingFor(TRAINER, id)).isNull();
    JsonObject result = Api.get("/api/quiz/attempts/" + id, Tokens.of(LEARNER)).object();
    assertThat(result.getString("status")).isEqualTo("GRADED");
    assertThat(result.getJsonNumber("score").doubleValue()).isEqualTo(18.0);
    assertThat(result.getBoolean("passed")).isTrue();
    assertThat(result.getJsonNumber("creditHours").doubleValue()).as("the configured rule: 0.5 学时 a pass").isEqualTo(0.5);
    assertThat(result.getJsonArray("items").getJsonObject(1).getString("comment")).isEqualTo("要点齐全");
  }

  @Test
  void aCourseTestIsTakenByTheCoursesLearnersAndNeedsACourseItsAuthorCanSee() {
    long course = Api.get("/api/courses?size=1", Tokens.of(LEARNER)).object().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    long bank = bank(TRAINER, "课程测试题库");
    long judge = question(bank, "TRUE_FALSE", "课程测试判断题。", List.of(), List.of("对"));

    Api.Answer unknown = Api.postJson("/api/quiz/papers", Tokens.of(TRAINER),
        paper("不存在的课程测试", 600, 1, "AFTER_SUBMIT", fixed(judge)).add("courseId", 999_999).build().toString());
    long paper = publish(paper("课程结业测试", 600, 1, "AFTER_SUBMIT", fixed(judge))
        .add("courseId", course).add("requiredForCompletion", true));

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("type")).endsWith("course-not-found");
    JsonObject defined = Api.get("/api/quiz/papers/" + paper, Tokens.of(TRAINER)).object();
    assertThat(defined.getJsonNumber("courseId").longValue()).isEqualTo(course);
    assertThat(defined.getBoolean("requiredForCompletion")).isTrue();
    assertThat(Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(LEARNER)).status()).isEqualTo(201);
  }

  @Test
  void aCountyCannotSeeAnotherCountysBanksAndASharedCityBankIsReadOnlyBelow() {
    long taikang = bank(TRAINER, "太康县自有题库");
    Api.Answer fromDancheng = Api.get("/api/quiz/banks/" + taikang, Tokens.of("dancheng-admin"));
    assertThat(fromDancheng.status()).isEqualTo(404);
    assertThat(fromDancheng.object().getString("type")).endsWith("quiz-bank-not-found");
    assertThat(bankIds("dancheng-admin")).doesNotContain(taikang);
    assertThat(bankIds("taikang-admin")).contains(taikang);
    assertThat(Api.postMultipart("/api/quiz/banks/" + taikang + "/imports", Tokens.of("dancheng-admin"),
        new Multipart().file("file", "q.xlsx", "application/octet-stream", xlsx())).status()).isEqualTo(404);

    long city = bank("city-admin", "市级共享题库");
    assertThat(bankIds(TRAINER)).as("not shared yet").doesNotContain(city);
    assertThat(Api.putJson("/api/quiz/banks/" + city + "/shared", Tokens.of("city-admin"), "{\"shared\":true}").status())
        .isEqualTo(200);
    JsonObject seen = Api.get("/api/quiz/banks/" + city, Tokens.of(TRAINER)).object();
    assertThat(seen.getBoolean("editable")).isFalse();
    Api.Answer edit = Api.postJson("/api/quiz/banks/" + city + "/questions", Tokens.of(TRAINER),
        questionJson("TRUE_FALSE", "下级不能改。", List.of(), List.of("对"), 1).build().toString());
    assertThat(edit.status()).isEqualTo(403);
    assertThat(edit.object().getString("type")).endsWith("quiz-bank-read-only");
    assertThat(Api.get("/api/quiz/banks", Tokens.of(LEARNER)).status()).isEqualTo(403);
  }

  // --- helpers ---

  private static Api.Answer save(String attempt, int number, List<String> response) {
    return Api.putJson("/api/quiz/attempts/" + attempt + "/answers/" + number, Tokens.of(LEARNER),
        Json.createObjectBuilder().add("response", Json.createArrayBuilder(response)).build().toString());
  }

  private static List<JsonValue> attemptsAt(long paper) {
    return Api.get("/api/quiz/papers/" + paper + "/attempts", Tokens.of(TRAINER)).array();
  }

  private static JsonObject questions(String user, long bank) {
    return Api.get("/api/quiz/banks/" + bank + "/questions?size=100", Tokens.of(user)).object();
  }

  private static List<Long> bankIds(String user) {
    return Api.get("/api/quiz/banks?size=200", Tokens.of(user)).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().map(b -> b.getJsonNumber("id").longValue()).toList();
  }

  private static JsonObject pendingFor(String user, String attempt) {
    return Api.get("/api/quiz/grading?size=200", Tokens.of(user)).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("attemptId").equals(attempt)).findFirst().orElse(null);
  }

  private static String keyOf(JsonObject item, String optionText) {
    return item.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("text").equals(optionText)).findFirst().orElseThrow().getString("key");
  }

  private static List<String> responseOf(JsonObject attempt, int number) {
    return attempt.getJsonArray("items").getJsonObject(number - 1).getJsonArray("response")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  /** The questions without their ids and bank, to compare two banks' contents. */
  private static List<JsonObject> stripIds(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(q -> Json.createObjectBuilder(q).remove("id").remove("bankId").build())
        .toList();
  }

  @SafeVarargs
  private static byte[] xlsx(List<String>... rows) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("题库");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < rows[r].size(); i++) {
          row.createCell(i).setCellValue(rows[r].get(i));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Api.Answer importSheet(String user, long bank, byte[] sheet) {
    return Api.postMultipart("/api/quiz/banks/" + bank + "/imports", Tokens.of(user),
        new Multipart().file("file", "题库.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet));
  }
}
