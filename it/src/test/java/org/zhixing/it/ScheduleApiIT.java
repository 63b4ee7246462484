package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.UnitSeed;

/**
 * Scheduling through the API: sessions scoped to the organizer's subtree, recurrence with exceptions, the audience
 * resolved by rule at publishing, conflicts shown and accepted, QR sign-in with replay and expiry, live numbers, and
 * the calendar feed read back by ical4j. Each test books its own far-apart times and venues, so tests (and runs on
 * the same database) do not collide.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleApiIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String CITY = "411600000000";
  private static final String TAIKANG = "411627000000";
  private static final String LEARNER_VILLAGE = "411627101201";
  private static final DemoContentPack PACK = DemoContentPack.load();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void publishingResolvesTheAudienceRuleToPeople() {
    OffsetDateTime start = freeSlot();
    long id = create("taikang-admin", session("软弱涣散村书记专题培训", start, venue())
        .add("audience", audience(TAIKANG, List.of("PARTY_SECRETARY"), true)).build());

    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of("taikang-admin"));

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.object().getInt("audienceSize")).isEqualTo(expectedWeakVillageSecretaries("411627")).isPositive();
    assertThat(published.object().getJsonObject("session").getString("status")).isEqualTo("PUBLISHED");
    Api.Answer again = Api.post("/api/sessions/" + id + "/publish", Tokens.of("taikang-admin"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().getString("type")).endsWith("session-transition");
  }

  /** The campaign's big case: everyone in the city. Resolving and storing the audience happens inside the publish. */
  @Test
  void aCityWideAudienceResolvesToEveryoneWithinSeconds() {
    long id = create("city-admin", session("全市远程同步培训", freeSlot(), venue())
        .add("organizerCode", CITY).add("level", "MUNICIPAL")
        .add("audience", audience(CITY, List.of(), false)).build());

    long started = System.nanoTime();
    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of("city-admin"));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("schedule: city-wide audience of %d people published in %d ms%n",
        published.object().getInt("audienceSize"), millis);

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.object().getInt("audienceSize")).isEqualTo(PACK.people().size());
    assertThat(millis).isLessThan(10_000);
    // cancelled, so that the other tests' conflict counts never meet this audience
    assertThat(Api.post("/api/sessions/" + id + "/cancel", Tokens.of("city-admin")).status()).isEqualTo(200);
  }

  @Test
  void aCountyAdminCannotSeeOrPlanAnotherCountysSessions() {
    long id = create("taikang-admin", session("太康县座谈会", freeSlot(), venue()).build());

    Api.Answer read = Api.get("/api/sessions/" + id, Tokens.of("dancheng-admin"));
    JsonArray listed = Api.get("/api/sessions?size=200", Tokens.of("dancheng-admin")).object().getJsonArray("items");
    Api.Answer planted = Api.postJson("/api/sessions", Tokens.of("dancheng-admin"), session("越权", freeSlot(), venue()).build().toString());
    Api.Answer learner = Api.get("/api/sessions/" + id, Tokens.of("learner"));

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.contentType()).startsWith("application/problem+json");
    assertThat(listed).extracting(v -> ((JsonObject) v).getJsonNumber("id").longValue()).doesNotContain(id);
    assertThat(planted.status()).as(planted.toString()).isEqualTo(403);
    assertThat(learner.status()).isEqualTo(403);
    assertThat(Api.get("/api/sessions/" + id, Tokens.of("city-admin")).status()).isEqualTo(200);
    assertThat(Api.get("/api/sessions/" + id, Tokens.of("trainer")).status()).isEqualTo(200);
  }

  @Test
  void oneOccurrenceOfAWeeklySeriesIsCancelledAndAnotherMovedWithoutTouchingTheRest() {
    OffsetDateTime start = freeSlot();
    long id = create("trainer", session("每周党课", start, venue()).add("rrule", "FREQ=WEEKLY;COUNT=4").build());
    JsonArray planned = Api.get("/api/sessions/" + id + "/occurrences", Tokens.of("trainer")).array();
    String second = planned.getJsonObject(1).getString("originalStart");
    String third = planned.getJsonObject(2).getString("originalStart");
    OffsetDateTime moved = OffsetDateTime.parse(third).plusDays(1).plusHours(5);

    Api.postJson("/api/sessions/" + id + "/occurrences/cancel", Tokens.of("trainer"), "{\"originalStart\":\"" + second + "\"}");
    Api.Answer after = Api.postJson("/api/sessions/" + id + "/occurrences/move", Tokens.of("trainer"),
        Json.createObjectBuilder().add("originalStart", third).add("startsAt", moved.toString())
            .add("endsAt", moved.plusHours(2).toString()).build().toString());

    assertThat(after.status()).as(after.toString()).isEqualTo(200);
    JsonArray occurrences = after.array();
    assertThat(occurrences).hasSize(4);
    assertThat(occurrences).extracting(o -> ((JsonObject) o).getBoolean("cancelled")).containsExactly(false, true, false, false);
    assertThat(OffsetDateTime.parse(occurrences.getJsonObject(2).getString("startsAt")).toInstant()).isEqualTo(moved.toInstant());
    assertThat(occurrences.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(planned.getJsonObject(0).getJsonNumber("id").longValue());
    assertThat(OffsetDateTime.parse(occurrences.getJsonObject(3).getString("startsAt")))
        .isEqualTo(OffsetDateTime.parse(planned.getJsonObject(3).getString("startsAt")));
    assertThat(occurrences.getJsonObject(0).getString("startsAt")).endsWith("+08:00");
  }

  @Test
  void conflictsAreShownAndPublishingNeedsThemAccepted() {
    OffsetDateTime start = freeSlot();
    String room = venue();
    long first = create("taikang-admin", session("第一期", start, room).add("additions", Json.createArrayBuilder().add("learner")).build());
    publish(first);
    long second = create("taikang-admin", session("第二期", start.plusMinutes(30), room)
        .add("additions", Json.createArrayBuilder().add("learner")).build());

    JsonObject conflicts = Api.get("/api/sessions/" + second + "/conflicts", Tokens.of("taikang-admin")).object();
    Api.Answer refused = Api.post("/api/sessions/" + second + "/publish", Tokens.of("taikang-admin"));
    Api.Answer accepted = Api.post("/api/sessions/" + second + "/publish?acceptConflicts=true", Tokens.of("taikang-admin"));

    assertThat(conflicts.getBoolean("clear")).isFalse();
    assertThat(conflicts.getJsonArray("venue")).extracting(c -> ((JsonObject) c).getJsonNumber("sessionId").longValue()).containsExactly(first);
    assertThat(conflicts.getJsonArray("trainers")).extracting(c -> ((JsonObject) c).getString("subject")).containsExactly("trainer");
    assertThat(conflicts.getJsonNumber("audienceBusy").longValue()).isEqualTo(1);
    assertThat(conflicts.getJsonArray("audienceSample")).hasSize(1);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.object().getString("type")).endsWith("session-conflicts");
    assertThat(accepted.status()).isEqualTo(200);
    long elsewhere = create("taikang-admin", session("另一时间", start.plusDays(1), room).build());
    assertThat(Api.get("/api/sessions/" + elsewhere + "/conflicts", Tokens.of("taikang-admin")).object().getBoolean("clear")).isTrue();
  }

  @Test
  void qrSignInIsRecordedOnceAndAReplayedOrExpiredCodeIsRefused() throws InterruptedException {
    OffsetDateTime start = OffsetDateTime.now(SHANGHAI).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
    long id = create("trainer", session("现场签到测试", start, venue()).add("additions", Json.createArrayBuilder().add("learner")).build());
    publish(id);
    long occurrence = Api.get("/api/sessions/" + id + "/occurrences", Tokens.of("trainer")).array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    String code = signInCode(id, occurrence);

    Api.Answer first = Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), codeJson(code));
    Api.Answer repeated = Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), codeJson(code));
    Api.Answer replayed = Api.postJson("/api/attendance/sign-out", Tokens.of("learner"), codeJson(code));
    Api.Answer stranger = Api.postJson("/api/attendance/sign-in", Tokens.of("taikang-admin"), codeJson(code));
    Api.Answer forged = Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), codeJson(code.substring(0, code.length() - 4) + "AAAA"));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.object().getBoolean("late")).isFalse();
    assertThat(repeated.object().getString("signedInAt")).isEqualTo(first.object().getString("signedInAt"));
    assertThat(replayed.status()).isEqualTo(409);
    assertThat(replayed.object().getString("type")).endsWith("sign-in-code-replayed");
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(forged.status()).isEqualTo(400);
    JsonObject live = Api.get("/api/sessions/" + id + "/occurrences/" + occurrence + "/live", Tokens.of("trainer")).object();
    assertThat(live.getJsonObject("total").getInt("expected")).isEqualTo(1);
    assertThat(live.getJsonObject("total").getInt("signedIn")).isEqualTo(1);
    assertThat(live.getJsonObject("unitNames").getString("411627101000")).isNotBlank();

    waitUntilExpired(code, id, occurrence);
    Api.Answer expired = Api.postJson("/api/attendance/sign-out", Tokens.of("learner"), codeJson(code));
    Api.Answer signedOut = Api.postJson("/api/attendance/sign-out", Tokens.of("learner"), codeJson(signInCode(id, occurrence)));

    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.object().getString("type")).endsWith("sign-in-code-expired");
    assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(200);
    assertThat(signedOut.object().getBoolean("leftEarly")).isTrue();
    assertThat(signedOut.object().getString("signedInAt")).isEqualTo(first.object().getString("signedInAt"));
  }

  @Test
  void theLearnersScheduleAndCalendarFeedListPublishedSessionsAndTheFeedCanBeRevoked() throws Exception {
    OffsetDateTime start = freeSlot();
    String title = "日历订阅测试，第" + ThreadLocalRandom.current().nextInt(1_000_000) + "期";
    long id = create("trainer", session(title, start, venue()).add("additions", Json.createArrayBuilder().add("learner")).build());
    long draft = create("trainer", session(title + "（草稿）", start.plusDays(2), venue())
        .add("additions", Json.createArrayBuilder().add("learner")).build());
    publish(id);

    JsonArray mine = Api.get("/api/me/sessions?size=200", Tokens.of("learner")).object().getJsonArray("items");
    URI feed = URI.create(Api.postJson("/api/me/calendar-feed", Tokens.of("learner"), "").object().getString("url"));
    Api.Answer ics = Api.get(feed.getRawPath(), null);

    assertThat(mine).extracting(e -> ((JsonObject) e).getJsonObject("session").getJsonNumber("id").longValue())
        .contains(id).doesNotContain(draft);
    assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).extracting(e -> e.getSummary().getValue()).contains(title);
    VEvent event = events.stream().filter(e -> e.getSummary().getValue().equals(title)).findFirst().orElseThrow();
    Temporal eventStart = event.<Temporal>getStartDate().orElseThrow().getDate();
    assertThat(Instant.from(eventStart)).isEqualTo(start.toInstant());

    Api.delete("/api/me/calendar-feed", Tokens.of("learner"));
    assertThat(Api.get(feed.getRawPath(), null).status()).isEqualTo(404);
  }

  // --- helpers ---

  private static long create(String username, JsonObject session) {
    Api.Answer created = Api.postJson("/api/sessions", Tokens.of(username), session.toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/sessions/" + created.object().getJsonNumber("id"));
    return created.object().getJsonNumber("id").longValue();
  }

  private static void publish(long id) {
    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of("taikang-admin"));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  private static jakarta.json.JsonObjectBuilder session(String title, OffsetDateTime start, String venue) {
    return Json.createObjectBuilder()
        .add("level", "COUNTY")
        .add("mode", "CENTRALIZED")
        .add("title", title)
        .add("organizerCode", TAIKANG)
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(1).toString())
        .add("venueName", venue)
        .add("capacity", 60)
        .add("trainers", Json.createArrayBuilder().add("trainer"));
  }

  private static JsonObject audience(String unit, List<String> positions, boolean weakOnly) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    positions.forEach(list::add);
    return Json.createObjectBuilder().add("unitCode", unit).add("positions", list).add("weakAndLaxOnly", weakOnly).build();
  }

  private static int expectedWeakVillageSecretaries(String countyPrefix) {
    Set<String> weak = PACK.units().stream().filter(u -> u.weakYear() != null && u.code().startsWith(countyPrefix))
        .map(UnitSeed::code).collect(Collectors.toSet());
    return (int) PACK.people().stream().filter(p -> weak.contains(p.unitCode()) && p.positions().contains("PARTY_SECRETARY")).count();
  }

  /** A time in a far-off year no other test books, on the hour in Shanghai. */
  private static OffsetDateTime freeSlot() {
    return OffsetDateTime.of(2040, 1, 1, 9, 0, 0, 0, SHANGHAI.getRules().getOffset(Instant.now()))
        .plusDays(ThreadLocalRandom.current().nextInt(20_000)).plusHours(ThreadLocalRandom.current().nextInt(8));
  }

  private static String venue() {
    return "测试会议室 " + ThreadLocalRandom.current().nextLong(1_000_000_000L);
  }

  private static String signInCode(long id, long occurrence) {
    Api.Answer code = Api.get("/api/sessions/" + id + "/occurrences/" + occurrence + "/sign-in-code", Tokens.of("trainer"));
    assertThat(code.status()).as(code.toString()).isEqualTo(200);
    return code.object().getString("code");
  }

  private static String codeJson(String code) {
    return Json.createObjectBuilder().add("code", code).build().toString();
  }

  /** A code is accepted in its 30-s window and the next; wait until the screen has moved on twice. */
  private static void waitUntilExpired(String code, long id, long occurrence) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(75));
    String window = code.split("~")[1];
    while (Instant.now().isBefore(deadline)) {
      String current = signInCode(id, occurrence).split("~")[1];
      if (Long.parseLong(current, 36) >= Long.parseLong(window, 36) + 2) {
        return;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("the sign-in code did not rotate twice in 75 s");
  }
}
