package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;

/**
 * A Taikang village of the content pack that account tests import people into, through the API as its county admin:
 * the pack's villagers plus one more person, whose account the worker then makes; restoring imports the village as
 * the pack has it and marks everyone else there departed, so other tests' counts hold.
 */
final class AccountVillage {

  static final String ADMIN = "taikang-admin";
  static final DemoContentPack PACK = DemoContentPack.load();
  private static final String HEADER = "姓名,性别,手机号,村(社区),区划代码,职务,派出单位";
  private static final Map<String, String> POSTS = Map.of(
      "PARTY_SECRETARY", "村党组织书记", "VILLAGE_DIRECTOR", "村委会主任", "COMMITTEE_MEMBER", "村“两委”成员",
      "FIRST_SECRETARY", "驻村第一书记", "RESIDENT_CADRE", "驻村干部", "TOWNSHIP_CADRE", "乡镇干部",
      "COUNTY_CADRE", "县直单位干部");
  private static final Duration PROVISIONING = Duration.ofSeconds(60);

  final String code;

  /** A Taikang village of the pack counted from the end (0: the last), never the demo learner's. */
  AccountVillage(int fromLast) {
    List<String> villages = PACK.people().stream()
        .map(PersonSeed::unitCode)
        .filter(code -> code.startsWith("411627") && !code.equals("411627101201") && !code.endsWith("000"))
        .distinct()
        .toList();
    code = villages.get(villages.size() - 1 - fromLast);
  }

  List<PersonSeed> villagers() {
    return PACK.people().stream().filter(p -> p.unitCode().equals(code)).toList();
  }

  /** Imports the pack's villagers and one more person; returns the person's id. */
  long importNewPerson(String name, String phone) {
    var rows = new ArrayList<>(villagerRows());
    rows.add(row(name, "M", phone, List.of("COMMITTEE_MEMBER"), null));
    commit(rows, false);
    return personId(name);
  }

  /** Imports the village as the pack has it and marks everyone else there departed. */
  void restore() {
    commit(villagerRows(), true);
  }

  long personId(String name) {
    return Api.get("/api/org/units/" + code + "/people?size=100&q=" + Api.encode(name), Tokens.of(ADMIN)).object()
        .getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("name").equals(name))
        .mapToLong(p -> p.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not listed in " + code));
  }

  static Api.Answer account(long personId) {
    return Api.get("/api/people/" + personId + "/account", Tokens.of(ADMIN));
  }

  /** Waits until the worker has made the person's account, and returns it. */
  static JsonObject awaitAccount(long personId) {
    awaitState(personId, "ACTIVE");
    return account(personId).object();
  }

  static String awaitState(long personId, String wanted) {
    long deadline = System.nanoTime() + PROVISIONING.toNanos();
    String state = "none";
    while (System.nanoTime() < deadline) {
      var found = Api.get("/api/accounts?personId=" + personId, Tokens.of(ADMIN)).array()
          .getValuesAs(JsonObject.class);
      state = found.isEmpty() ? "none" : found.getFirst().getString("state");
      if (state.equals(wanted)) {
        return state;
      }
      if (state.equals("FAILED")) {
        throw new AssertionError("provisioning failed: " + account(personId).body());
      }
      sleep();
    }
    throw new AssertionError("the account of person %d is %s, not %s, after %s".formatted(personId, state, wanted,
        PROVISIONING));
  }

  private void commit(List<String> rows, boolean departLeftOut) {
    Api.Answer checked = Api.postMultipart("/api/people/imports", Tokens.of(ADMIN), new Multipart()
        .file("file", "people.csv", "text/csv", sheet(rows).getBytes(StandardCharsets.UTF_8)).text("unit", code));
    assertThat(checked.object().getInt("problemCount")).as(checked.body()).isZero();
    Api.Answer committed = Api.postJson("/api/people/imports/" + checked.object().getString("id") + "/commit",
        Tokens.of(ADMIN), "{\"departLeftOut\":" + departLeftOut + "}");
    assertThat(committed.status()).as(committed.body()).isEqualTo(200);
  }

  private List<String> villagerRows() {
    return villagers().stream().map(p -> row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit()))
        .toList();
  }

  private String row(String name, String gender, String phone, List<String> positions, String sentBy) {
    String posts = positions.stream().map(POSTS::get).collect(Collectors.joining("、"));
    return String.join(",", quoted(name), "M".equals(gender) ? "男" : "女", phone, "", code, quoted(posts),
        quoted(sentBy == null ? "" : sentBy));
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String sheet(List<String> rows) {
    return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
