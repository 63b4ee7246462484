package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sessions of the demo trainer's county that started five minutes ago and run two hours, so they are open for
 * scanning now: for the attendance tests, each with its own session (a random title, and a random venue if not remote).
 */
final class OpenSessions {

  static final String TAIKANG = "411627000000";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private OpenSessions() {}

  static JsonObjectBuilder startedNow(String title, String mode) {
    OffsetDateTime start = OffsetDateTime.now(SHANGHAI).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
    JsonObjectBuilder session = Json.createObjectBuilder()
        .add("level", "COUNTY")
        .add("mode", mode)
        .add("title", title + " " + ThreadLocalRandom.current().nextInt(1_000_000))
        .add("organizerCode", TAIKANG)
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(2).toString())
        .add("trainers", Json.createArrayBuilder().add("trainer"));
    return mode.equals("REMOTE_SYNC") ? session.add("streamUrl", "https://live.example/zhixing")
        : session.add("venueName", "考勤测试室 " + ThreadLocalRandom.current().nextLong(1_000_000_000L)).add("capacity", 500);
  }

  /** Creates and publishes the session as the trainer (conflicts accepted: other tests book the trainer now too). */
  static long publish(JsonObjectBuilder session) {
    return publish(session, "trainer");
  }

  static long publish(JsonObjectBuilder session, String organizer) {
    Api.Answer created = Api.postJson("/api/sessions", Tokens.of(organizer), session.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.object().getJsonNumber("id").longValue();
    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of(organizer));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  static long firstOccurrence(long id) {
    return firstOccurrence(id, "trainer");
  }

  static long firstOccurrence(long id, String organizer) {
    return Api.get("/api/sessions/" + id + "/occurrences", Tokens.of(organizer)).array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** The code the trainer's QR screen shows now. */
  static String code(long id, long occurrence) {
    return code(id, occurrence, "trainer");
  }

  static String code(long id, long occurrence, String organizer) {
    Api.Answer code = Api.get("/api/sessions/" + id + "/occurrences/" + occurrence + "/sign-in-code", Tokens.of(organizer));
    assertThat(code.status()).as(code.toString()).isEqualTo(200);
    return code.object().getString("code");
  }

  static String rosterPath(long id, long occurrence) {
    return "/api/sessions/" + id + "/occurrences/" + occurrence + "/attendance";
  }
}
