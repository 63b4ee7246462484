package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AppDatabase.execute;
import static org.zhixing.it.AppDatabase.count;
import static org.zhixing.it.AppDatabase.single;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.it.PublishedCourses.Course;

/**
 * Supervision and exports of a plan of the test's own on the demo learner's township (太康县 · 101): reminding the
 * laggard villages reaches each not-completed person with an account and the township's 组织委员 (a person of the
 * test's own, added to the demo township and removed again) once a day; a make-up session lists the village's people;
 * the .xlsx and PDF reports carry the coverage API's figures; a county admin reaches no other county's village.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageSupervisionIT {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String ADMIN = "taikang-admin";
  private static final String TOWNSHIP = "411627101000";
  private static final String LEARNER_VILLAGE = "411627101201";
  private static final String ORGANIZER = "supervision-it-organizer";
  private static final String ORGANIZER_PHONE = "19930000001";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void remindersReachTheLaggardsAndTheirOrganizerOnceAMakeUpSessionListsThemAndTheReportsCarryTheFigures()
      throws SQLException, IOException {
    String planName = "督促与导出测试 " + System.currentTimeMillis();
    Course course = PublishedCourses.create("督促测试课程", BigDecimal.ONE, video(60));
    long plan = createPlan(planName, course);
    Long session = null;
    try (Connection db = AppDatabase.connect()) {
      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of(ADMIN));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      addOrganizer(db);
      long people = count(db, "select count(*) " + VILLAGE_PEOPLE);
      long withoutAccount = count(db, "select count(*) " + VILLAGE_PEOPLE + " and p.username is null");
      long villages = count(db, "select count(distinct u.code) " + VILLAGE_PEOPLE);
      long organizers = count(db, "select count(*) " + ORGANIZERS);
      long organizersWithoutAccount = count(db, "select count(*) " + ORGANIZERS + " and p.username is null");

      JsonObject reminded = remind(plan, "{\"unit\":\"%s\",\"message\":\"本周内完成\"}".formatted(TOWNSHIP));
      assertThat(reminded.getInt("villages")).as("nobody completed: every village lags").isEqualTo((int) villages);
      assertThat(reminded.getInt("people")).isEqualTo((int) people);
      assertThat(reminded.getInt("peopleWithoutAccount")).isEqualTo((int) (withoutAccount + organizersWithoutAccount));
      assertThat(reminded.getInt("organizers")).as("the pack's 组织委员 and the test's").isEqualTo((int) organizers)
          .isGreaterThanOrEqualTo(2);
      assertThat(reminded.getJsonObject("reached").getInt("INBOX")).as("everyone with an account, and the 组织委员")
          .isEqualTo((int) (people - withoutAccount + organizers - organizersWithoutAccount));
      JsonObject notice = learnersNotice(planName);
      assertThat(notice.getString("kind")).isEqualTo("PLAN_REMINDER");
      assertThat(notice.getString("body")).contains("「" + planName + "」", "已完成 0/1 项", "附言：本周内完成");
      assertThat(organizersNotice(db, plan)).contains(planName, "完成率 0.0%", villageName(db));

      JsonObject again = remind(plan, "{\"unit\":\"%s\"}".formatted(TOWNSHIP));
      assertThat(again.getInt("people")).isEqualTo((int) people);
      assertThat(again.getJsonObject("reached").getInt("INBOX")).as("the same day reaches nobody twice").isZero();

      Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
      Api.Answer made = Api.postJson("/api/plans/%d/supervision/make-up-sessions".formatted(plan), Tokens.of(ADMIN),
          makeUp(List.of(LEARNER_VILLAGE), start, start.plus(2, ChronoUnit.HOURS)));
      assertThat(made.status()).as(made.toString()).isEqualTo(201);
      session = made.object().getJsonNumber("sessionId").longValue();
      assertThat(made.location()).endsWith("/api/sessions/" + session);
      assertThat(made.object().getString("status")).isEqualTo("DRAFT");
      assertThat(made.object().getInt("villages")).isEqualTo(1);
      JsonObject arranged = Api.get("/api/sessions/" + session, Tokens.of(ADMIN)).object();
      assertThat(arranged.getJsonArray("additions").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)).contains("learner")
          .hasSize(made.object().getInt("audienceSize"));
      assertThat(arranged.getString("organizerCode")).as("organized by the village's township").isEqualTo(TOWNSHIP);

      refusals(db, plan, start);
      TestPlans.complete(course);
      reports(plan, planName);
    } finally {
      try (Connection db = AppDatabase.connect()) {
        if (session != null) {
          execute(db, "delete from training_session where id = ?", session);
        }
        execute(db, "delete from notification where username = ?", ORGANIZER);
        execute(db, "delete from person where phone = ?", ORGANIZER_PHONE);
        execute(db, "delete from training_plan where id = ?", plan);
      }
    }
  }

  /** The whole demo city: every village with people is a row of 村; the times are printed, not judged. */
  @Test
  void aCityReportListsEveryVillageOfTheCity() throws SQLException, IOException {
    long plan = createPlan("city-admin", "411600000000", "全市导出测试 " + System.currentTimeMillis(),
        PublishedCourses.create("全市导出课程", BigDecimal.ONE, video(60)));
    try (Connection db = AppDatabase.connect()) {
      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of("city-admin"));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      long villages = count(db, """
          select count(distinct u.code) from person p join org_unit u on u.id = p.org_unit_id
          where u.kind in ('VILLAGE', 'COMMUNITY') and p.departed_at is null
          """);

      Api.getBytes("/api/plans/%d/report.xlsx".formatted(plan), Tokens.of("city-admin"));
      long started = System.nanoTime();
      byte[] xlsx = Api.getBytes("/api/plans/%d/report.xlsx".formatted(plan), Tokens.of("city-admin"));
      long xlsxMillis = (System.nanoTime() - started) / 1_000_000;
      Api.getBytes("/api/plans/%d/report.pdf".formatted(plan), Tokens.of("city-admin"));
      started = System.nanoTime();
      byte[] pdf = Api.getBytes("/api/plans/%d/report.pdf".formatted(plan), Tokens.of("city-admin"));
      long pdfMillis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("coverage exports: city .xlsx of %d villages (%d KB) in %d ms, PDF (%d KB) in %d ms"
          + " (second runs)%n", villages,
          xlsx.length / 1024, xlsxMillis, pdf.length / 1024, pdfMillis);

      try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
            .as("30,000 people not done are too many to list").containsExactly("汇总", "县区", "乡镇", "村");
      }
      assertThat(Sheets.rows(xlsx, 3)).as("a header and one row per village").hasSize((int) villages + 1);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(new PDFTextStripper().getText(document)).contains("周口市", "太康县", "郸城县");
      }
    } finally {
      try (Connection db = AppDatabase.connect()) {
        execute(db, "delete from training_plan where id = ?", plan);
      }
    }
  }

  /** Another county's village is out of scope (403); another township's is outside the plan; bad bodies are refused. */
  private static void refusals(Connection db, long plan, Instant start) throws SQLException {
    String dancheng = single(db,
        "select code from org_unit where code like '411625%' and kind = 'VILLAGE' order by code limit 1");
    String elsewhere = single(db, """
        select code from org_unit where code like '411627%' and kind = 'VILLAGE' and code not like '411627101%'
        order by code limit 1""");
    assertThat(Api.postJson("/api/plans/%d/supervision/reminders".formatted(plan), Tokens.of(ADMIN),
        "{\"villageCodes\":[\"%s\"]}".formatted(dancheng)).status()).as("taikang-admin never reaches 郸城县")
        .isEqualTo(403);
    assertThat(Api.postJson("/api/plans/%d/supervision/make-up-sessions".formatted(plan), Tokens.of(ADMIN),
        makeUp(List.of(dancheng), start, start.plusSeconds(3600))).status()).isEqualTo(403);
    Api.Answer outside = Api.postJson("/api/plans/%d/supervision/make-up-sessions".formatted(plan), Tokens.of(ADMIN),
        makeUp(List.of(elsewhere), start, start.plusSeconds(3600)));
    assertThat(outside.status()).as(outside.toString()).isEqualTo(422);
    assertThat(outside.object().getString("type")).endsWith("village-outside-plan");
    Api.Answer backwards = Api.postJson("/api/plans/%d/supervision/make-up-sessions".formatted(plan), Tokens.of(ADMIN),
        makeUp(List.of(LEARNER_VILLAGE), start, start.minusSeconds(60)));
    assertThat(backwards.status()).as(backwards.toString()).isEqualTo(422);
    assertThat(Api.postJson("/api/plans/%d/supervision/make-up-sessions".formatted(plan), Tokens.of(ADMIN),
        makeUp(List.of(), start, start.plusSeconds(3600))).status()).as("no village chosen").isEqualTo(400);
    Api.Answer none = Api.postJson("/api/plans/%d/supervision/reminders".formatted(plan), Tokens.of(ADMIN),
        "{\"unit\":\"%s\",\"threshold\":0}".formatted(TOWNSHIP));
    assertThat(none.status()).as(none.toString()).isEqualTo(422);
    assertThat(none.object().getString("type")).endsWith("no-villages-chosen");
    assertThat(Api.postJson("/api/plans/%d/supervision/reminders".formatted(plan), Tokens.of("dancheng-admin"), "{}")
        .status()).isEqualTo(404);
  }

  /** The .xlsx has the summary and the villages with the API's figures; the PDF names the plan and the unit's rate. */
  private static void reports(long plan, String planName) throws IOException {
    JsonObject coverage =
        Api.get("/api/plans/%d/coverage?unit=%s".formatted(plan, TOWNSHIP), Tokens.of(ADMIN)).object();
    JsonObject village = coverage.getJsonArray("children").getValuesAs(JsonObject.class).stream()
        .filter(child -> child.getString("unitCode").equals(LEARNER_VILLAGE)).findFirst().orElseThrow()
        .getJsonObject("figures");
    assertThat(village.getInt("completed")).as("the learner completed the plan's course").isEqualTo(1);

    Api.Download xlsx =
        Api.download("/api/plans/%d/report.xlsx?unit=%s".formatted(plan, TOWNSHIP), Tokens.of(ADMIN), "zh-CN");
    assertThat(xlsx.status()).as(xlsx.answer().toString()).isEqualTo(200);
    assertThat(xlsx.contentDisposition()).startsWith("attachment;").contains("filename*=UTF-8''");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
          .as("a township has no county or township sheet").containsExactly("汇总", "村", "未完成人员");
    }
    assertThat(Sheets.rows(xlsx.body(), 2)).as("a header and everyone not done")
        .hasSize(coverage.getJsonObject("fullCoverage").getInt("peopleMissing") + 1);
    List<String> row = Sheets.rows(xlsx.body(), 1).stream().filter(r -> r.getFirst().equals(LEARNER_VILLAGE))
        .findFirst().orElseThrow();
    assertThat(row.subList(4, 8)).containsExactly(String.valueOf(village.getInt("required")),
        String.valueOf(village.getInt("completed")),
        village.getJsonNumber("rate").bigDecimalValue().setScale(4, RoundingMode.HALF_UP).toPlainString(),
        String.valueOf(village.getInt("started")));
    assertThat(Sheets.rows(xlsx.body(), 0).get(0)).containsExactly("培训计划", planName);

    byte[] pdf = Api.getBytes("/api/plans/%d/report.pdf?unit=%s".formatted(plan, TOWNSHIP), Tokens.of(ADMIN));
    BigDecimal rate = coverage.getJsonObject("figures").getJsonNumber("rate").bigDecimalValue();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(planName, "完成率 " + rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%",
          coverage.getString("unitName"));
    }

    snapshotReport(plan);
    assertThat(Api.download("/api/plans/%d/report.xlsx".formatted(plan), Tokens.of("dancheng-admin"), "zh-CN").status())
        .isEqualTo(404);
    assertThat(Api.download("/api/plans/%d/report.pdf?unit=411625000000".formatted(plan), Tokens.of(ADMIN), "zh-CN")
        .status()).as("taikang-admin exports no 郸城县 report").isEqualTo(403);
  }

  /**
   * A month's report carries the snapshot's figures and says so; the live one has the month in its trend; a month
   * without a snapshot is not found.
   */
  private static void snapshotReport(long plan) throws IOException {
    Api.Answer taken = Api.post("/api/plans/%d/snapshots".formatted(plan), Tokens.of(ADMIN));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
    String month = taken.object().getString("month");
    JsonObject village = Api.get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, month, TOWNSHIP),
            Tokens.of(ADMIN)).object().getJsonArray("children").getValuesAs(JsonObject.class).stream()
        .filter(child -> child.getString("unitCode").equals(LEARNER_VILLAGE)).findFirst().orElseThrow()
        .getJsonObject("figures");

    byte[] xlsx = Api.getBytes("/api/plans/%d/report.xlsx?unit=%s&month=%s".formatted(plan, TOWNSHIP, month),
        Tokens.of(ADMIN));
    assertThat(Sheets.rows(xlsx, 0).get(3)).endsWith(month + " 月度快照");
    List<String> row = Sheets.rows(xlsx, 1).stream().filter(r -> r.getFirst().equals(LEARNER_VILLAGE)).findFirst()
        .orElseThrow();
    assertThat(row.subList(4, 6)).containsExactly(String.valueOf(village.getInt("required")),
        String.valueOf(village.getInt("completed")));
    byte[] live = Api.getBytes("/api/plans/%d/report.xlsx?unit=%s".formatted(plan, TOWNSHIP), Tokens.of(ADMIN));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(live))) {
      int trend = workbook.getSheetIndex("月度趋势");
      assertThat(trend).as("the live report charts the snapshots").isPositive();
      assertThat(Sheets.rows(live, trend).stream().map(List::getFirst)).containsExactly("月份", month, "当前");
    }
    Api.Download none =
        Api.download("/api/plans/%d/report.pdf?month=2020-01".formatted(plan), Tokens.of(ADMIN), "zh-CN");
    assertThat(none.status()).as(none.answer().toString()).isEqualTo(404);
    assertThat(none.answer().object().getString("type")).endsWith("snapshot-not-found");
  }

  /** Serving people in the township's villages: whom the reminders are for while nobody has completed. */
  private static final String VILLAGE_PEOPLE = """
      from person p join org_unit u on u.id = p.org_unit_id
      where u.path like (select path from org_unit where code = '%s') || '%%' and u.kind in ('VILLAGE', 'COMMUNITY')
        and p.departed_at is null
      """.formatted(TOWNSHIP);

  /** Serving 组织委员 of the township. */
  private static final String ORGANIZERS = """
      from person p join org_unit u on u.id = p.org_unit_id join person_position pp on pp.person_id = p.id
      where u.code = '%s' and pp.position = 'ORGANIZING_MEMBER' and p.departed_at is null
      """.formatted(TOWNSHIP);

  private static void addOrganizer(Connection db) throws SQLException {
    execute(db, """
        insert into person (name, gender, phone, org_unit_id, username)
        select '督促测试组织委员', 'F', ?, id, ? from org_unit where code = ?
        """, ORGANIZER_PHONE, ORGANIZER, TOWNSHIP);
    execute(db,
        "insert into person_position (person_id, position) select id, 'ORGANIZING_MEMBER' from person where phone = ?",
        ORGANIZER_PHONE);
  }

  private static JsonObject remind(long plan, String body) {
    Api.Answer answer = Api.postJson("/api/plans/%d/supervision/reminders".formatted(plan), Tokens.of(ADMIN), body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject learnersNotice(String planName) {
    Api.Answer inbox = Api.get("/api/me/notifications?size=100", Tokens.of("learner"));
    assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
    return inbox.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("title").equals("学习督促：" + planName)).findFirst().orElseThrow();
  }

  private static String organizersNotice(Connection db, long plan) throws SQLException {
    return single(db, "select body from notification where username = '%s' and topic = 'plan-organizer-reminder:%d:%s'"
        .formatted(ORGANIZER, plan, LocalDate.now(BEIJING)));
  }

  private static String villageName(Connection db) throws SQLException {
    return single(db, "select name from org_unit where code = '" + LEARNER_VILLAGE + "'");
  }

  private static String makeUp(List<String> villages, Instant start, Instant end) {
    var codes = Json.createArrayBuilder();
    villages.forEach(codes::add);
    return Json.createObjectBuilder().add("villageCodes", codes).add("title", "督促测试补训班")
        .add("startsAt", start.toString()).add("endsAt", end.toString()).add("place", "城关镇党群服务中心")
        .build().toString();
  }

  private static long createPlan(String name, Course course) {
    return createPlan(ADMIN, TOWNSHIP, name, course);
  }

  private static long createPlan(String admin, String unit, String name, Course course) {
    return TestPlans.create(admin, TestPlans.draft(name, unit, TestPlans.courses(course)).add("kind", "MAKE_UP"));
  }
}
