package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session reminders and the notification inbox through the API, the planners' calendar range and the audience size
 * while editing, and audiences that follow people when they change (a village moved between townships, a person
 * imported). The tree changes happen in units of this test's own below 太康县 (removed afterwards).
 */
@ExtendWith(ArquillianExtension.class)
class ReminderApiIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String TAIKANG = "411627000000";
  private static final String TOWN_A = "411627980000";
  private static final String TOWN_B = "411627981000";
  private static final String VILLAGE_1 = "411627980001";
  private static final String VILLAGE_2 = "411627981001";
  private static final String TOWN_C = "411627982000";
  private static final String VILLAGE_3 = "411627982001";

  private static TestUnits units;
  /** Sessions this test published, cancelled at the end so that they stop following the tree and reminding people. */
  private static final List<Long> PUBLISHED = new CopyOnWriteArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void addTestUnits() {
    units = TestUnits.open("41162798");
    units.unit(TAIKANG, TOWN_A, "提醒测试甲镇", "TOWNSHIP");
    units.unit(TAIKANG, TOWN_B, "提醒测试乙镇", "TOWNSHIP");
    units.unit(TOWN_A, VILLAGE_1, "提醒测试一村", "VILLAGE");
    units.unit(TOWN_B, VILLAGE_2, "提醒测试二村", "VILLAGE");
    units.person(VILLAGE_1, "提醒一书记", "13698980001", null);
    units.person(VILLAGE_1, "提醒二书记", "13698980002", null);
    units.person(VILLAGE_2, "提醒三书记", "13698980003", null);
    units.unit(TAIKANG, TOWN_C, "导入测试丙镇", "TOWNSHIP");
    units.unit(TOWN_C, VILLAGE_3, "导入测试三村", "VILLAGE");
    units.person(VILLAGE_3, "导入一书记", "13698980005", null);
    units.person(VILLAGE_3, "导入二书记", "13698980006", null);
  }

  @AfterAll
  static void removeTestUnits() {
    PUBLISHED.forEach(id -> Api.post("/api/sessions/" + id + "/cancel", Tokens.of("taikang-admin")));
    units.close();
  }

  @Test
  void aSessionStartingWithinTheHourRemindsEachAudiencePersonOnceHoweverOftenTheSweepRuns() {
    Reminded reminded = remindedSession();

    Api.Answer sent = Api.get("/api/sessions/" + reminded.session + "/occurrences/" + reminded.occurrence + "/reminders",
        Tokens.of("taikang-admin"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.object().getJsonObject("PT1H").getJsonNumber("INBOX").longValue()).as("learner and trainer").isEqualTo(2);
    assertThat(sent.object().getJsonObject("PT24H")).as("a start within the hour gets only the hour's reminder").isEmpty();
    assertThat(remindersOf("learner", reminded.occurrence)).hasSize(1);

    Api.Answer second = Api.post("/api/reminders/sweep", Tokens.of("sys-admin"));
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    assertThat(remindersOf("learner", reminded.occurrence)).as("a second sweep sends nothing again").hasSize(1);
    assertThat(remindersOf("trainer", reminded.occurrence)).hasSize(1);
    JsonObject reminder = remindersOf("learner", reminded.occurrence).getFirst();
    assertThat(reminder.getString("title")).isEqualTo("培训提醒：" + reminded.title);
    assertThat(reminder.getString("kind")).isEqualTo("SESSION_REMINDER");
    assertThat(unread(reminder)).isTrue();

    assertThat(Api.post("/api/reminders/sweep", Tokens.of("taikang-admin")).status()).as("operators only").isEqualTo(403);
    assertThat(Api.get("/api/sessions/" + reminded.session + "/occurrences/" + reminded.occurrence + "/reminders",
        Tokens.of("dancheng-admin")).status()).as("another county's session").isEqualTo(404);
  }

  @Test
  void aLearnerReadsAndMarksOnlyTheirOwnNotices() {
    Reminded reminded = remindedSession();
    JsonObject learners = remindersOf("learner", reminded.occurrence).getFirst();
    JsonObject trainers = remindersOf("trainer", reminded.occurrence).getFirst();

    Api.Answer foreign = Api.post("/api/me/notifications/" + trainers.getJsonNumber("id") + "/read", Tokens.of("learner"));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.object().getString("type")).endsWith("notification-not-found");
    assertThat(notices("learner", "?size=100").getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(notice -> notice.getJsonNumber("id").longValue())
        .contains(learners.getJsonNumber("id").longValue())
        .doesNotContain(trainers.getJsonNumber("id").longValue());

    long unread = notices("learner", "").getJsonNumber("unread").longValue();
    Api.Answer read = Api.post("/api/me/notifications/" + learners.getJsonNumber("id") + "/read", Tokens.of("learner"));
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.object().getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
    assertThat(unread(remindersOf("learner", reminded.occurrence).getFirst())).isFalse();
    assertThat(unread(remindersOf("trainer", reminded.occurrence).getFirst())).as("the trainer's stays unread").isTrue();
    assertThat(notices("learner", "?unread=true&size=100").getJsonArray("items").getValuesAs(JsonObject.class))
        .noneMatch(notice -> notice.getJsonNumber("id").equals(learners.getJsonNumber("id")));

    Api.Answer badMobile = Api.putJson("/api/me/notifications/contact", Tokens.of("learner"), "{\"mobile\":\"12345\"}");
    assertThat(badMobile.status()).isEqualTo(422);
    assertThat(badMobile.object().getString("type")).endsWith("invalid-contact");
    assertThat(Api.putJson("/api/me/notifications/contact", Tokens.of("learner"), "{\"email\":\"learner@example.cn\"}")
        .status()).isEqualTo(200);
  }

  @Test
  void theAudienceFollowsAVillageMovedIntoAndOutOfTheRulesTownship() {
    Published session = publishFor(TOWN_A);
    assertThat(expected(session)).as("the two secretaries of 一村").isEqualTo(2);

    Api.Answer moved = move(VILLAGE_2, TOWN_A);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(expected(session)).as("二村 now lies in 甲镇").isEqualTo(3);

    assertThat(move(VILLAGE_2, TOWN_B).status()).isEqualTo(200);
    assertThat(expected(session)).as("and out again").isEqualTo(2);
  }

  @Test
  void theAudienceFollowsPeopleImportedIntoTheRulesSubtree() {
    Published session = publishFor(VILLAGE_3);
    assertThat(expected(session)).isEqualTo(2);
    String sheet = "姓名,性别,手机号,村(社区),区划代码,职务\r\n"
        + "导入一书记,男,13698980005,,%s,村党组织书记\r\n".formatted(VILLAGE_3)
        + "导入二书记,男,13698980006,,%s,村党组织书记\r\n".formatted(VILLAGE_3)
        + "导入新书记,女,13698980007,,%s,村党组织书记\r\n".formatted(VILLAGE_3);

    Api.Answer checked = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)).text("unit", VILLAGE_3));
    assertThat(checked.object().getInt("problemCount")).as(checked.toString()).isZero();
    Api.Answer committed = Api.postJson("/api/people/imports/" + checked.object().getString("id") + "/commit",
        Tokens.of("taikang-admin"), "{\"departLeftOut\":false}");
    assertThat(committed.status()).as(committed.toString()).isEqualTo(200);

    assertThat(expected(session)).as("the imported secretary joins").isEqualTo(3);
  }

  @Test
  void thePlannersCalendarListsOccurrencesInScopeAndTheEditorCountsAnAudienceAndFindsTrainers() {
    Published session = publishFor(VILLAGE_1);
    String day = session.start.toLocalDate().toString();
    String nextDay = session.start.toLocalDate().plusDays(1).toString();

    Api.Answer month = Api.get("/api/sessions/calendar?from=" + day + "&to=" + nextDay, Tokens.of("taikang-admin"));
    assertThat(month.status()).as(month.toString()).isEqualTo(200);
    assertThat(month.array().getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("sessionId").longValue())
        .contains(session.id);
    assertThat(Api.get("/api/sessions/calendar?from=" + day + "&to=" + nextDay, Tokens.of("dancheng-admin")).array()
        .getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("sessionId").longValue())
        .as("another county's calendar").doesNotContain(session.id);
    Api.Answer tooLong = Api.get("/api/sessions/calendar?from=" + day + "&to=" + session.start.plusYears(1).toLocalDate(),
        Tokens.of("taikang-admin"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.object().getString("type")).endsWith("calendar-range");
    assertThat(Api.get("/api/sessions/calendar?from=nonsense&to=" + day, Tokens.of("taikang-admin")).object()
        .getString("type")).endsWith("invalid-parameter");

    Api.Answer size = Api.postJson("/api/sessions/audience-size", Tokens.of("taikang-admin"),
        Json.createObjectBuilder().add("audience", audience(TOWN_A)).add("additions", Json.createArrayBuilder().add("learner"))
            .build().toString());
    assertThat(size.status()).as(size.toString()).isEqualTo(200);
    assertThat(size.object().getInt("people")).isEqualTo(3);
    assertThat(Api.postJson("/api/sessions/audience-size", Tokens.of("dancheng-admin"),
        Json.createObjectBuilder().add("audience", audience(TOWN_A)).build().toString()).status()).isEqualTo(403);

    assertThat(Api.get("/api/sessions/trainer-candidates?q=learn", Tokens.of("taikang-admin")).array()
        .getValuesAs(JsonObject.class)).extracting(p -> p.getString("username")).contains("learner");
    assertThat(Api.get("/api/sessions/trainer-candidates?q=learn", Tokens.of("dancheng-admin")).array())
        .as("the learner serves in 太康县").isEmpty();
  }

  @Test
  void aLearnersCalendarRangeHoldsTheirOccurrencesOfThatRange() {
    Reminded reminded = remindedSession();
    String today = OffsetDateTime.now(SHANGHAI).toLocalDate().toString();
    String later = OffsetDateTime.now(SHANGHAI).toLocalDate().plusDays(2).toString();

    Api.Answer range = Api.get("/api/me/sessions?from=" + today + "&to=" + later + "&size=100", Tokens.of("learner"));

    assertThat(range.status()).as(range.toString()).isEqualTo(200);
    assertThat(range.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonObject("occurrence").getJsonNumber("id").longValue())
        .contains(reminded.occurrence);
  }

  // --- helpers ---

  private record Reminded(long session, long occurrence, String title) {}

  private record Published(long id, long occurrence, OffsetDateTime start) {}

  /** A session for the learner and the trainer starting in 30 minutes, published and swept. */
  private static Reminded remindedSession() {
    String title = "提醒测试 " + ThreadLocalRandom.current().nextInt(1_000_000);
    OffsetDateTime start = OffsetDateTime.now(SHANGHAI).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
    long id = create(session(title, start).add("additions", Json.createArrayBuilder().add("learner").add("trainer")));
    publish(id);
    Api.Answer swept = Api.post("/api/reminders/sweep", Tokens.of("sys-admin"));
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
    return new Reminded(id, firstOccurrence(id), title);
  }

  /** A session far ahead whose audience is the party secretaries under {@code unit}. */
  private static Published publishFor(String unit) {
    OffsetDateTime start = OffsetDateTime.of(2041, 1, 1, 9, 0, 0, 0, SHANGHAI.getRules().getOffset(Instant.now()))
        .plusDays(ThreadLocalRandom.current().nextInt(10_000));
    long id = create(session("受众跟随测试", start).add("audience", audience(unit)));
    publish(id);
    return new Published(id, firstOccurrence(id), start);
  }

  private static JsonObjectBuilder session(String title, OffsetDateTime start) {
    return Json.createObjectBuilder()
        .add("level", "COUNTY")
        .add("mode", "CENTRALIZED")
        .add("title", title)
        .add("organizerCode", TAIKANG)
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(1).toString())
        .add("venueName", "提醒测试会议室 " + ThreadLocalRandom.current().nextLong(1_000_000_000L))
        .add("capacity", 60);
  }

  private static JsonObject audience(String unit) {
    JsonArrayBuilder positions = Json.createArrayBuilder().add("PARTY_SECRETARY");
    return Json.createObjectBuilder().add("unitCode", unit).add("positions", positions).add("weakAndLaxOnly", false).build();
  }

  private static long create(JsonObjectBuilder session) {
    Api.Answer created = Api.postJson("/api/sessions", Tokens.of("taikang-admin"), session.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  private static void publish(long id) {
    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of("taikang-admin"));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    PUBLISHED.add(id);
  }

  private static long firstOccurrence(long id) {
    return Api.get("/api/sessions/" + id + "/occurrences", Tokens.of("taikang-admin")).array().getJsonObject(0)
        .getJsonNumber("id").longValue();
  }

  private static long expected(Published session) {
    Api.Answer live = Api.get("/api/sessions/" + session.id + "/occurrences/" + session.occurrence + "/live",
        Tokens.of("taikang-admin"));
    assertThat(live.status()).as(live.toString()).isEqualTo(200);
    return live.object().getJsonObject("total").getJsonNumber("expected").longValue();
  }

  private static Api.Answer move(String village, String township) {
    int version = Api.get("/api/org/units/" + village, Tokens.of("taikang-admin")).object().getInt("version");
    return Api.postJson("/api/org/units/" + village + "/move", Tokens.of("taikang-admin"),
        "{\"version\":%d,\"target\":\"%s\"}".formatted(version, township));
  }

  private static JsonObject notices(String username, String query) {
    Api.Answer answer = Api.get("/api/me/notifications" + query, Tokens.of(username));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  /** An unread notice has no readAt (JSON-B leaves nulls out). */
  private static boolean unread(JsonObject notice) {
    return !notice.containsKey("readAt") || notice.isNull("readAt");
  }

  private static List<JsonObject> remindersOf(String username, long occurrence) {
    return notices(username, "?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(notice -> notice.getString("link", "").equals("/my-sessions?occurrence=" + occurrence))
        .toList();
  }
}
