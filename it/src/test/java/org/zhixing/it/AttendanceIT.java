package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.OpenSessions.code;
import static org.zhixing.it.OpenSessions.firstOccurrence;
import static org.zhixing.it.OpenSessions.publish;
import static org.zhixing.it.OpenSessions.rosterPath;
import static org.zhixing.it.OpenSessions.startedNow;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance beyond the QR sign-in, through the API: village sites of a remote session checking in (and the missing
 * ones in the live numbers and the sites list), corrections by hand with their audit entries, credit hours awarded
 * once, the roster as JSON and .xlsx, and the county scope. Each test makes its own session starting now.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

  private static final String CITY = "411600000000";
  private static final String TOWNSHIP = "411627101000";
  private static final String LEARNER_VILLAGE = "411627101201";
  private static final String DANCHENG = "411625000000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void villageSitesCheckInAndTheMissingOnesShowInTheLiveNumbers() throws IOException {
    long id = publish(startedNow("远程同步分会场测试", "REMOTE_SYNC")
        .add("audience", Json.createObjectBuilder().add("unitCode", TOWNSHIP).add("positions", Json.createArrayBuilder())));
    long occurrence = firstOccurrence(id);
    JsonObject mine = Api.get("/api/attendance/sites/" + occurrence, Tokens.of("learner")).object();
    long firstExpected = mine.getJsonArray("expectedPeople").getJsonObject(0).getJsonNumber("id").longValue();
    int expectedHere = mine.getJsonArray("expectedPeople").size();

    Api.Answer tooMany = Api.postJson("/api/attendance/sites/check-in", Tokens.of("learner"), checkIn(code(id, occurrence), expectedHere + 1));
    Api.Answer notASite = Api.postJson("/api/attendance/sites/check-in", Tokens.of("taikang-admin"), checkIn(code(id, occurrence), 1));
    Api.Answer beforeCheckIn = Api.putJson("/api/attendance/sites/" + occurrence, Tokens.of("learner"), checkIn(null, 1));
    Api.Answer checkedIn = Api.postJson("/api/attendance/sites/check-in", Tokens.of("learner"),
        checkIn(code(id, occurrence), 1, firstExpected));
    Api.Answer updated = Api.putJson("/api/attendance/sites/" + occurrence, Tokens.of("learner"), checkIn(null, expectedHere, firstExpected));

    assertThat(mine.getString("siteUnitCode")).isEqualTo(LEARNER_VILLAGE);
    assertThat(mine.containsKey("checkedInAt")).as("not checked in yet").isFalse();
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.object().getString("type")).endsWith("invalid-site-count");
    assertThat(notASite.status()).isEqualTo(403);
    assertThat(notASite.object().getString("type")).endsWith("not-a-site");
    assertThat(beforeCheckIn.status()).isEqualTo(409);
    assertThat(beforeCheckIn.object().getString("type")).endsWith("site-not-checked-in");
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    assertThat(checkedIn.object().getString("checkedInAt")).isNotBlank();
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.object().getInt("presentCount")).isEqualTo(expectedHere);
    assertThat(updated.object().getString("checkedInAt")).as("the first check-in time stays").isEqualTo(checkedIn.object().getString("checkedInAt"));

    JsonObject live = Api.get("/api/sessions/" + id + "/occurrences/" + occurrence + "/live", Tokens.of("trainer")).object();
    JsonObject sites = live.getJsonObject("sites");
    JsonObject all = Api.get(sitesPath(id, occurrence) + "?size=200", Tokens.of("trainer")).object();
    JsonObject missing = Api.get(sitesPath(id, occurrence) + "?missing=true&size=200", Tokens.of("trainer")).object();

    assertThat(sites.getInt("expected")).isEqualTo(all.getInt("total")).isGreaterThan(1);
    assertThat(sites.getInt("checkedIn")).isEqualTo(1);
    assertThat(sites.getInt("missing")).isEqualTo(sites.getInt("expected") - 1).isEqualTo(missing.getInt("total"));
    assertThat(sites.getInt("present")).isEqualTo(expectedHere);
    assertThat(live.getJsonObject("sitesByUnit").getJsonObject(TOWNSHIP).getInt("missing")).isEqualTo(sites.getInt("missing"));
    assertThat(missing.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(site -> site.getString("unitCode"))
        .doesNotContain(LEARNER_VILLAGE);
    assertThat(missing.getJsonArray("items").getJsonObject(0).getString("unitName")).isNotBlank();
    JsonObject named = rosterLine(id, occurrence, LEARNER_VILLAGE, firstExpected);
    assertThat(named.getBoolean("present")).as("named by the site, so signed in").isTrue();

    List<List<String>> siteRows = Sheets.rows(Api.getBytes(rosterPath(id, occurrence) + "/export?unit=" + TOWNSHIP, Tokens.of("trainer")), 1);
    assertThat(siteRows.getFirst()).startsWith("单位代码", "分会场", "应到人数", "签到时间", "实到人数");
    assertThat(siteRows).hasSize(1 + sites.getInt("expected"));
    List<String> learnerSite = siteRows.stream().filter(row -> row.getFirst().equals(LEARNER_VILLAGE)).findFirst().orElseThrow();
    assertThat(learnerSite.get(4)).isEqualTo(String.valueOf(expectedHere));
    assertThat(learnerSite.get(3)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
  }

  /** The campaign's case: the whole city (30,000 people in some 4,840 sites) watching one remote session. */
  @Test
  void theLiveNumbersOfACityWideRemoteSessionWithItsSitesStayFast() {
    long id = publish(startedNow("全市远程同步分会场计时", "REMOTE_SYNC").add("organizerCode", CITY).add("level", "MUNICIPAL")
        .add("audience", Json.createObjectBuilder().add("unitCode", CITY).add("positions", Json.createArrayBuilder())), "city-admin");
    long occurrence = firstOccurrence(id, "city-admin");
    Api.Answer checkedIn = Api.postJson("/api/attendance/sites/check-in", Tokens.of("learner"), checkIn(code(id, occurrence, "city-admin"), 1));
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    String live = "/api/sessions/" + id + "/occurrences/" + occurrence + "/live";
    Api.get(live, Tokens.of("city-admin"));

    long[] millis = new long[20];
    JsonObject last = null;
    for (int i = 0; i < millis.length; i++) {
      long started = System.nanoTime();
      last = Api.get(live, Tokens.of("city-admin")).object();
      millis[i] = (System.nanoTime() - started) / 1_000_000;
    }
    long startedMissing = System.nanoTime();
    JsonObject missing = Api.get(sitesPath(id, occurrence) + "?missing=true&size=50", Tokens.of("city-admin")).object();
    long missingMillis = (System.nanoTime() - startedMissing) / 1_000_000;
    Arrays.sort(millis);
    JsonObject sites = last.getJsonObject("sites");
    System.out.printf("attendance: live numbers of %d people in %d sites: median %d ms, max %d ms of %d; missing sites page %d ms%n",
        last.getJsonObject("total").getInt("expected"), sites.getInt("expected"), millis[millis.length / 2],
        millis[millis.length - 1], millis.length, missingMillis);

    assertThat(sites.getInt("expected")).isGreaterThan(4_000);
    assertThat(sites.getInt("checkedIn")).isEqualTo(1);
    assertThat(missing.getInt("total")).isEqualTo(sites.getInt("expected") - 1);
    assertThat(last.getJsonObject("sitesByUnit")).hasSizeGreaterThan(5);
    assertThat(millis[millis.length / 2]).as("median refresh, ms").isLessThan(1_000);
  }

  @Test
  void aCorrectionNeedsAReasonIsAuditedAndCreditHoursAreAwardedOnce() {
    long id = publish(startedNow("考勤更正测试", "CENTRALIZED").add("additions", Json.createArrayBuilder().add("learner")));
    Api.Answer own = Api.putJson("/api/sessions/" + id + "/credit-hours", Tokens.of("trainer"), "{\"hours\": 1.5}");
    long occurrence = firstOccurrence(id);
    String code = code(id, occurrence);
    Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), "{\"code\":\"" + code + "\"}");
    Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), "{\"code\":\"" + code + "\"}");
    JsonObject signedIn = Api.get(rosterPath(id, occurrence), Tokens.of("trainer")).object();
    long learner = signedIn.getJsonArray("items").getJsonObject(0).getJsonNumber("personId").longValue();

    Api.Answer noReason = Api.putJson(rosterPath(id, occurrence) + "/" + learner, Tokens.of("trainer"), correction(false, " "));
    Api.Answer absent = Api.putJson(rosterPath(id, occurrence) + "/" + learner, Tokens.of("trainer"), correction(false, "手机签到后离开会场"));
    Api.Answer present = Api.putJson(rosterPath(id, occurrence) + "/" + learner, Tokens.of("trainer"), correction(true, "核实后确认在场"));
    Api.Answer stranger = Api.putJson(rosterPath(id, occurrence) + "/" + (learner + 1_000_000), Tokens.of("trainer"), correction(true, "x"));

    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(signedIn.getInt("total")).isEqualTo(1);
    JsonObject first = signedIn.getJsonArray("items").getJsonObject(0);
    assertThat(first.getBoolean("present")).isTrue();
    assertThat(first.getJsonNumber("creditHours").doubleValue()).as("the session's own hours, once").isEqualTo(1.5);
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.object().getString("type")).endsWith("correction-reason-required");
    assertThat(absent.status()).as(absent.toString()).isEqualTo(200);
    assertThat(absent.object().getBoolean("present")).isFalse();
    assertThat(absent.object().getBoolean("corrected")).isTrue();
    assertThat(absent.object().containsKey("creditHours")).as("withdrawn").isFalse();
    assertThat(present.object().getBoolean("present")).isTrue();
    assertThat(present.object().getString("signedInAt")).isEqualTo(first.getString("signedInAt"));
    assertThat(present.object().getJsonNumber("creditHours").doubleValue()).isEqualTo(1.5);
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(stranger.object().getString("type")).endsWith("attendee-not-found");

    List<JsonObject> audit = Api.get("/api/audit?action=ATTENDANCE_CORRECTED&subjectType=ATTENDANCE&size=50", Tokens.of("taikang-admin"))
        .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(entry -> entry.getString("subjectId").equals(occurrence + "/" + learner)).toList();
    assertThat(audit).extracting(entry -> entry.getString("reason")).containsExactly("核实后确认在场", "手机签到后离开会场");
    assertThat(audit.getLast().getJsonObject("before").getBoolean("present")).isTrue();
    assertThat(audit.getLast().getJsonObject("after").getBoolean("present")).isFalse();
    assertThat(audit.getLast().getString("actorUsername")).isEqualTo("trainer");

    List<JsonObject> history = Api.get("/api/me/attendance", Tokens.of("learner")).array().getValuesAs(JsonObject.class).stream()
        .filter(entry -> entry.getJsonNumber("occurrenceId").longValue() == occurrence).toList();
    assertThat(history).hasSize(1);
    assertThat(history.getFirst().getString("mode")).isEqualTo("CENTRALIZED");
    assertThat(history.getFirst().getJsonNumber("creditHours").doubleValue()).isEqualTo(1.5);
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    JsonObject sessions = Api.get("/api/learning/records/" + year, Tokens.of("learner")).object().getJsonArray("sections")
        .getValuesAs(JsonObject.class).stream().filter(section -> section.getString("source").equals("SESSIONS"))
        .findFirst().orElseThrow();
    assertThat(sessions.getJsonArray("entries").getValuesAs(JsonObject.class)).as("the learning record")
        .anySatisfy(entry -> {
          assertThat(entry.getString("title")).startsWith("考勤更正测试");
          assertThat(entry.getString("detail")).isEqualTo("县级集中培训");
          assertThat(entry.getJsonNumber("creditHours").doubleValue()).isEqualTo(1.5);
        });
  }

  @Test
  void theRosterListsEveryoneExpectedAndExportsToXlsx() throws IOException {
    long id = publish(startedNow("签到名单测试", "SEMINAR")
        .add("audience", Json.createObjectBuilder().add("unitCode", LEARNER_VILLAGE).add("positions", Json.createArrayBuilder()))
        .add("additions", Json.createArrayBuilder().add("learner")));
    long occurrence = firstOccurrence(id);
    Api.postJson("/api/attendance/sign-in", Tokens.of("learner"), "{\"code\":\"" + code(id, occurrence) + "\"}");

    JsonObject page = Api.get(rosterPath(id, occurrence) + "?unit=" + OpenSessions.TAIKANG + "&size=200", Tokens.of("trainer")).object();
    Api.Download sheet = Api.download(rosterPath(id, occurrence) + "/export", Tokens.of("trainer"), "zh-CN");

    List<JsonObject> lines = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(page.getInt("total")).isEqualTo(lines.size()).isGreaterThan(1);
    assertThat(lines).filteredOn(line -> line.getBoolean("present")).hasSize(1);
    JsonObject learner = lines.stream().filter(line -> line.getBoolean("present")).findFirst().orElseThrow();
    assertThat(learner.getString("unitCode")).isEqualTo(LEARNER_VILLAGE);
    assertThat(learner.getString("signedInAt")).endsWith("+08:00");
    assertThat(learner.getJsonNumber("creditHours").doubleValue()).as("a county seminar").isEqualTo(1.5);
    assertThat(sheet.status()).isEqualTo(200);
    assertThat(sheet.contentDisposition()).contains(".xlsx");
    List<List<String>> rows = Sheets.rows(sheet.body(), 0);
    assertThat(rows.getFirst()).containsExactly("姓名", "单位", "职务", "签到时间", "签退时间", "迟到", "早退", "缺勤", "人工更正", "学时");
    assertThat(rows).hasSize(1 + lines.size());
    List<String> learnerRow = rows.stream().filter(row -> row.getFirst().equals(learner.getString("name"))).findFirst().orElseThrow();
    assertThat(learnerRow.get(1)).isEqualTo(learner.getString("unitName"));
    assertThat(learnerRow.get(3)).isEqualTo(learner.getString("signedInAt").substring(0, 19).replace('T', ' '));
    assertThat(learnerRow.get(7)).isEmpty();
    assertThat(learnerRow.get(9)).isEqualTo("1.5");
    assertThat(rows.stream().filter(row -> "是".equals(row.get(7))).count()).isEqualTo(lines.size() - 1);
  }

  @Test
  void anotherCountysAdminCanNeitherSeeNorCorrectTheRoster() {
    long id = publish(startedNow("范围测试", "CENTRALIZED").add("additions", Json.createArrayBuilder().add("learner")));
    long occurrence = firstOccurrence(id);
    long learner = Api.get(rosterPath(id, occurrence), Tokens.of("trainer")).object().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("personId").longValue();

    Api.Answer roster = Api.get(rosterPath(id, occurrence), Tokens.of("dancheng-admin"));
    int export = Api.download(rosterPath(id, occurrence) + "/export", Tokens.of("dancheng-admin"), "zh-CN").status();
    Api.Answer correct = Api.putJson(rosterPath(id, occurrence) + "/" + learner, Tokens.of("dancheng-admin"), correction(false, "越权"));
    Api.Answer otherUnit = Api.get(rosterPath(id, occurrence) + "?unit=" + DANCHENG, Tokens.of("trainer"));
    Api.Answer learnerRoster = Api.get(rosterPath(id, occurrence), Tokens.of("learner"));
    Api.Answer countyRules = Api.putJson("/api/credit-rules", Tokens.of("taikang-admin"),
        "[{\"mode\":\"SEMINAR\",\"level\":\"COUNTY\",\"hours\":1.5}]");
    Api.Answer cityRules = Api.putJson("/api/credit-rules", Tokens.of("city-admin"),
        "[{\"mode\":\"SEMINAR\",\"level\":\"COUNTY\",\"hours\":1.5}]");

    assertThat(roster.status()).isEqualTo(404);
    assertThat(roster.object().getString("type")).endsWith("session-not-found");
    assertThat(export).isEqualTo(404);
    assertThat(correct.status()).isEqualTo(404);
    assertThat(otherUnit.status()).isEqualTo(403);
    assertThat(otherUnit.object().getString("type")).endsWith("out-of-scope");
    assertThat(learnerRoster.status()).isEqualTo(403);
    assertThat(countyRules.status()).isEqualTo(403);
    assertThat(countyRules.object().getString("type")).endsWith("credit-rules-city-only");
    assertThat(cityRules.status()).as(cityRules.toString()).isEqualTo(200);
    assertThat(Api.get(rosterPath(id, occurrence), Tokens.of("trainer")).object().getJsonArray("items").getJsonObject(0)
        .getBoolean("corrected")).as("unchanged").isFalse();
  }

  // --- helpers ---

  private static String checkIn(String code, int present, long... attendees) {
    var ids = Json.createArrayBuilder();
    for (long attendee : attendees) {
      ids.add(attendee);
    }
    JsonObjectBuilder body = Json.createObjectBuilder().add("presentCount", present).add("attendeeIds", ids);
    return (code == null ? body : body.add("code", code)).build().toString();
  }

  private static String correction(boolean present, String reason) {
    return Json.createObjectBuilder().add("present", present).add("reason", reason).build().toString();
  }

  private static String sitesPath(long id, long occurrence) {
    return "/api/sessions/" + id + "/occurrences/" + occurrence + "/sites";
  }

  private static JsonObject rosterLine(long id, long occurrence, String unit, long personId) {
    return Api.get(rosterPath(id, occurrence) + "?size=200&unit=" + unit, Tokens.of("trainer")).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(line -> line.getJsonNumber("personId").longValue() == personId)
        .findFirst().orElseThrow();
  }
}
