package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;

/**
 * People sheets through the API: checked and previewed without writing, committed all or nothing, scoped to the
 * importer's subtree. Tests that commit restore the village from the content pack at the end (those they added are
 * marked departed), so the counts other tests check stay as the pack has them.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleImportIT {

  private static final DemoContentPack PACK = DemoContentPack.load();
  private static final String HEADER = "姓名,性别,手机号,村(社区),区划代码,职务,派出单位";
  private static final Map<String, String> POSTS = Map.of(
      "PARTY_SECRETARY", "村党组织书记", "VILLAGE_DIRECTOR", "村委会主任", "COMMITTEE_MEMBER", "村“两委”成员",
      "FIRST_SECRETARY", "驻村第一书记", "RESIDENT_CADRE", "驻村干部", "TOWNSHIP_CADRE", "乡镇干部",
      "COUNTY_CADRE", "县直单位干部");

  /** A Taikang village of the pack other than the demo learner's. */
  private static final String VILLAGE = PACK.people().stream()
      .map(PersonSeed::unitCode)
      .filter(code -> code.startsWith("411627") && !code.equals("411627101201") && !code.endsWith("000"))
      .findFirst()
      .orElseThrow();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aSheetIsPreviewedThenCommittedOnceAndTheSameSheetAgainChangesNothing() {
    List<PersonSeed> villagers = villagers();
    long before = peopleIn(VILLAGE);
    var rows = new ArrayList<String>();
    villagers.forEach(p -> rows.add(row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit())));
    PersonSeed renamed = villagers.getFirst();
    rows.set(0, row(renamed.name() + "改", renamed.gender(), renamed.phone(), renamed.positions(), null));
    rows.add(row("导入新人", "F", "13699990001", List.of("COMMITTEE_MEMBER"), null));

    JsonObject preview = checkVillage(sheet(rows)).object();

    assertThat(preview.getInt("problemCount")).as(preview.toString()).isZero();
    assertThat(preview.getJsonObject("changes").getInt("NEW")).isEqualTo(1);
    assertThat(preview.getJsonObject("changes").getInt("UPDATED")).isEqualTo(1);
    assertThat(preview.getJsonObject("changes").getInt("UNCHANGED")).isEqualTo(villagers.size() - 1);
    assertThat(preview.getInt("leftOut")).isZero();
    assertThat(peopleIn(VILLAGE)).as("a check writes nothing").isEqualTo(before);

    try {
      JsonObject committed = commit("taikang-admin", preview.getString("id"), false).object();
      assertThat(committed.getBoolean("committed")).isTrue();
      assertThat(committed.getJsonObject("written").getInt("created")).isEqualTo(1);
      assertThat(peopleIn(VILLAGE)).isEqualTo(before + 1);
      assertThat(namesIn(VILLAGE)).contains("导入新人", renamed.name() + "改");
      assertThat(commit("taikang-admin", preview.getString("id"), false).status()).isEqualTo(409);

      JsonObject again = checkVillage(sheet(rows)).object();
      assertThat(again.getJsonObject("changes").getInt("UNCHANGED")).isEqualTo(villagers.size() + 1);
    } finally {
      restoreVillage();
    }
    assertThat(peopleIn(VILLAGE)).isEqualTo(before);
    assertThat(namesIn(VILLAGE)).doesNotContain("导入新人").contains(renamed.name());
  }

  @Test
  void someoneListedInAnotherVillageOfTheSheetsTownshipMovesThereAndBack() {
    String township = VILLAGE.substring(0, 9) + "000";
    PersonSeed mover = PACK.people().stream()
        .filter(p -> p.unitCode().startsWith(VILLAGE.substring(0, 9)) && !p.unitCode().equals(township))
        .filter(p -> !p.unitCode().equals(VILLAGE) && !p.unitCode().equals("411627101201"))
        .findFirst()
        .orElseThrow();
    String home = mover.unitCode();
    long here = peopleIn(VILLAGE);
    long there = peopleIn(home);
    var rows = new ArrayList<String>();
    villagers().forEach(p -> rows.add(row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit())));
    rows.add(row(mover.name(), mover.gender(), mover.phone(), mover.positions(), mover.dispatchingUnit()));

    try {
      // The sheet covers the township: a sheet of one village may not take people from the next (out of its scope).
      JsonObject preview = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
          new Multipart().file("file", "people.csv", "text/csv", bytes(sheet(rows))).text("unit", township)).object();
      assertThat(preview.getInt("problemCount")).as(preview.toString()).isZero();
      assertThat(preview.getJsonObject("changes").getInt("MOVED")).isEqualTo(1);
      assertThat(preview.getJsonObject("changes").getInt("UNCHANGED")).isEqualTo(villagers().size());
      assertThat(commit("taikang-admin", preview.getString("id"), false).status()).isEqualTo(200);

      assertThat(peopleIn(VILLAGE)).isEqualTo(here + 1);
      assertThat(peopleIn(home)).isEqualTo(there - 1);
    } finally {
      moveBack(home, township);
      restoreVillage();
    }
    assertThat(peopleIn(VILLAGE)).isEqualTo(here);
    assertThat(peopleIn(home)).isEqualTo(there);
  }

  /** Imports a village as the pack has it, covering its township, which moves back anyone of it who moved away. */
  private static void moveBack(String village, String township) {
    var rows = PACK.people().stream()
        .filter(p -> p.unitCode().equals(village))
        .map(p -> row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit())
            .replace("," + VILLAGE + ",", "," + village + ","))
        .toList();
    Api.Answer checked = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", bytes(sheet(rows))).text("unit", township));
    assertThat(commit("taikang-admin", checked.object().getString("id"), false).status()).as(checked.body())
        .isEqualTo(200);
  }

  @Test
  void everyBadRowIsReportedAndNothingIsCommitted() {
    PersonSeed someone = villagers().getFirst();
    var rows = List.of(
        row("王强", "M", "1381234567", List.of("COMMITTEE_MEMBER"), null),
        row("李娟", "F", "13699990002", List.of("COMMITTEE_MEMBER"), null).replace(VILLAGE, "411627999999"),
        row("赵刚", "M", "13699990003", List.of("FIRST_SECRETARY"), null),
        row("孙丽", "F", someone.phone(), List.of("COMMITTEE_MEMBER"), null),
        row("孙丽", "F", someone.phone(), List.of("COMMITTEE_MEMBER"), null));

    JsonObject preview = check("taikang-admin", sheet(rows)).object();

    var problems = preview.getJsonArray("problems").getValuesAs(JsonObject.class);
    assertThat(problems).extracting(p -> p.getInt("row"), p -> p.getString("code")).containsExactly(
        tuple(2, "invalid-phone"),
        tuple(3, "unknown-division-code"),
        tuple(4, "missing"),
        tuple(6, "duplicate-in-sheet"));
    assertThat(problems.getFirst().getString("message")).contains("1381234567");
    assertThat(problems.get(2).getString("column")).isEqualTo("派出单位");
    Api.Answer refused = commit("taikang-admin", preview.getString("id"), false);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.object().getString("type")).endsWith("import-has-problems");
  }

  @Test
  void aCountyAdminImportsOnlyIntoTheirCounty() {
    String sheet = sheet(List.of(row("李娟", "F", "13699990004", List.of("COMMITTEE_MEMBER"), null)));

    Api.Answer otherCounty = Api.postMultipart("/api/people/imports", Tokens.of("dancheng-admin"),
        new Multipart().file("file", "people.csv", "text/csv", bytes(sheet)).text("unit", VILLAGE));
    JsonObject ownScope = check("dancheng-admin", sheet).object();

    assertThat(otherCounty.status()).isEqualTo(403);
    assertThat(ownScope.getJsonArray("problems").getJsonObject(0).getString("code")).isEqualTo("unknown-division-code");
    assertThat(check("learner", sheet).status()).isEqualTo(403);
  }

  @Test
  void aSheetWithoutTheRequiredColumnsIsRefusedAsAWhole() {
    Api.Answer answer = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", bytes("序号,姓名\n1,王强\n")));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.object().getString("type")).endsWith("missing-columns");
    assertThat(answer.object().getString("detail")).contains("手机号", "职务");
  }

  @Test
  void aLargeSheetIsCheckedInTheBackgroundWhileTheClientPollsItsProgress() throws InterruptedException {
    var rows = new ArrayList<String>();
    for (int i = 0; i < 3_000; i++) {
      rows.add(row("新人" + i, i % 2 == 0 ? "M" : "F", "1991%07d".formatted(i), List.of("COMMITTEE_MEMBER"), null));
    }

    Api.Answer started = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", bytes(sheet(rows))).text("unit", VILLAGE),
        "respond-async");

    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.object().getString("state")).isEqualTo("CHECKING");
    String path = started.location().substring(started.location().indexOf("/api/"));
    var percents = new ArrayList<Integer>();
    JsonObject view = started.object();
    for (long deadline = System.nanoTime() + 60_000_000_000L; view.getString("state").equals("CHECKING"); ) {
      assertThat(System.nanoTime()).as("checked within a minute").isLessThan(deadline);
      percents.add(view.getJsonObject("progress").getInt("percent"));
      Thread.sleep(50);
      view = Api.get(path, Tokens.of("taikang-admin")).object();
    }
    assertThat(percents).isSorted().allMatch(p -> p >= 0 && p < 100);
    assertThat(view.getJsonObject("progress").getInt("percent")).isEqualTo(100);
    assertThat(view.getJsonObject("changes").getInt("NEW")).isEqualTo(3_000);
    assertThat(view.getInt("problemCount")).isZero();
  }

  @Test
  void theReportGivesTheSheetBackWithEachRowsResultAndProblems() throws IOException {
    PersonSeed someone = villagers().getFirst();
    String sheet = "本村干部名单（2026 年换届后）\r\n" + sheet(List.of(
        row(someone.name(), someone.gender(), someone.phone(), someone.positions(), someone.dispatchingUnit()),
        row("王强", "M", "1381234567", List.of("COMMITTEE_MEMBER"), null)));
    String id = checkVillage(sheet).object().getString("id");

    Api.Download chinese = Api.download("/api/people/imports/" + id + "/report", Tokens.of("taikang-admin"), "zh-CN");
    Api.Download english = Api.download("/api/people/imports/" + id + "/report", Tokens.of("taikang-admin"), "en");

    assertThat(chinese.status()).as(chinese.answer().toString()).isEqualTo(200);
    assertThat(chinese.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(chinese.contentDisposition()).contains("filename*=UTF-8''people-" + Api.encode("检查结果") + ".xlsx");
    List<List<String>> rows = Sheets.rows(chinese.body(), 0);
    assertThat(rows.get(0)).containsExactly("本村干部名单（2026 年换届后）");
    assertThat(rows.get(1)).endsWith("处理结果", "问题说明");
    assertThat(rows.get(2)).contains(someone.phone()).endsWith("无变化", "");
    assertThat(rows.get(3).get(rows.get(1).size() - 2)).isEqualTo("有误，未导入");
    assertThat(rows.get(3).getLast()).contains("1381234567");
    assertThat(Sheets.rows(english.body(), 0).get(1)).endsWith("Result", "Problems");
    assertThat(Api.download("/api/people/imports/" + id + "/report", Tokens.of("dancheng-admin"), "zh-CN").status())
        .as("only the admin who uploaded a sheet sees it").isEqualTo(404);
  }

  @Test
  void anExportedVillageSaysWhoExportedItAndImportsAgainUnchanged() throws IOException {
    PersonSeed someone = villagers().getFirst();
    String idNumber = idNumberFor(someone);
    var withId = new ArrayList<String>();
    villagers().forEach(p -> withId.add(row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit())));
    withId.set(0, withId.getFirst().replace("," + someone.phone() + ",,", "," + someone.phone() + "," + idNumber + ","));
    String sheetWithIds = sheet(withId).replace("村(社区)", "身份证号"); // the rows leave that column empty
    try {
      String id = checkVillage(sheetWithIds).object().getString("id");
      assertThat(commit("taikang-admin", id, false).status()).isEqualTo(200);

      Api.Download export = Api.download("/api/people/export?unit=" + VILLAGE, Tokens.of("taikang-admin"), "zh-CN");

      assertThat(export.status()).as(export.answer().toString()).isEqualTo(200);
      List<List<String>> rows = Sheets.rows(export.body(), 0);
      assertThat(rows.getFirst()).containsExactly("姓名", "性别", "手机号", "身份证号", "县(市、区)", "乡镇(街道)",
          "村(社区)", "区划代码", "职务", "是否驻村第一书记", "派出单位");
      assertThat(rows).hasSize(villagers().size() + 1);
      List<String> exported = rows.stream().filter(r -> r.contains(someone.phone())).findFirst().orElseThrow();
      assertThat(exported).contains("太康县", VILLAGE, "**************" + idNumber.substring(14))
          .doesNotContain(idNumber);
      assertThat(String.join("\n", Sheets.rows(export.body(), 1).stream().map(r -> String.join(" ", r)).toList()))
          .contains("taikang-admin", String.valueOf(villagers().size()));

      JsonObject again = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"), new Multipart()
          .file("file", "export.xlsx", "application/octet-stream", export.body()).text("unit", VILLAGE)).object();
      assertThat(again.getInt("problemCount")).as(again.toString()).isZero();
      assertThat(again.getJsonObject("changes").getInt("UNCHANGED")).isEqualTo(villagers().size());
    } finally {
      restoreVillage();
    }
    assertThat(Api.download("/api/people/export?unit=" + VILLAGE, Tokens.of("dancheng-admin"), "zh-CN").status())
        .isEqualTo(403);
    assertThat(Api.download("/api/people/export", Tokens.of("trainer"), "zh-CN").status()).isEqualTo(403);
  }

  /** A valid ID number (check character included) matching the person's gender: an odd sequence digit for a man. */
  private static String idNumberFor(PersonSeed person) {
    return "M".equals(person.gender()) ? "41162719800101011X" : "411627198001010224";
  }

  /** Imports the village as the pack has it and marks everyone else there departed. */
  private static void restoreVillage() {
    var rows = villagers().stream()
        .map(p -> row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit()))
        .toList();
    Api.Answer checked = checkVillage(sheet(rows));
    assertThat(commit("taikang-admin", checked.object().getString("id"), true).status()).isEqualTo(200);
  }

  /** A check of a sheet that covers the test village only, so that no one else is "left out". */
  private static Api.Answer checkVillage(String sheet) {
    return Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", bytes(sheet)).text("unit", VILLAGE));
  }

  private static Api.Answer check(String user, String sheet) {
    return Api.postMultipart("/api/people/imports", Tokens.of(user),
        new Multipart().file("file", "people.csv", "text/csv", bytes(sheet)));
  }

  private static Api.Answer commit(String user, String id, boolean departLeftOut) {
    return Api.postJson("/api/people/imports/" + id + "/commit", Tokens.of(user),
        "{\"departLeftOut\":" + departLeftOut + "}");
  }

  private static List<PersonSeed> villagers() {
    return PACK.people().stream().filter(p -> p.unitCode().equals(VILLAGE)).toList();
  }

  private static long peopleIn(String code) {
    return Api.get("/api/org/units/" + code, Tokens.of("taikang-admin")).object()
        .getJsonNumber("peopleCount").longValue();
  }

  private static List<String> namesIn(String code) {
    return Api.get("/api/org/units/" + code + "/people?size=100", Tokens.of("taikang-admin")).object()
        .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
  }

  private static String row(String name, String gender, String phone, List<String> positions, String unit) {
    String posts = positions.stream().map(POSTS::get).collect(Collectors.joining("、"));
    return String.join(",", quoted(name), "M".equals(gender) ? "男" : "女", phone, "", VILLAGE, quoted(posts),
        quoted(unit == null ? "" : unit));
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String sheet(List<String> rows) {
    return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
