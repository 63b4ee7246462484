package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Org administration through the API: rename and categories, move, merge, village plans, stale versions, the audit log
 * with before and after, the county scope of both, and whose phone numbers come back whole. Works on units of its own
 * below 太康县 and 郸城县 (removed afterwards), so the demo tree other tests count stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class OrgAdministrationIT {

  private static final String TAIKANG = "411627000000";
  private static final String DANCHENG = "411625000000";
  private static final String TOWN_A = "411627990000";
  private static final String TOWN_B = "411627991000";
  private static final String TOWN_C = "411627992000";
  private static final String TOWN_D = "411627993000";
  private static final String VILLAGE_1 = "411627990201";
  private static final String VILLAGE_2 = "411627990202";
  private static final String VILLAGE_3 = "411627992201";
  private static final String VILLAGE_4 = "411627991201";
  private static final String VILLAGE_5 = "411627991202";
  private static final String DANCHENG_TOWN = "411625990000";
  private static final String DANCHENG_VILLAGE = "411625990201";
  private static final String PHONE = "13699880001";
  private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

  private static TestUnits taikang;
  private static TestUnits dancheng;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @BeforeAll
  static void addTestUnits() {
    taikang = TestUnits.open("41162799");
    taikang.unit(TAIKANG, TOWN_A, "测试甲镇", "TOWNSHIP");
    taikang.unit(TAIKANG, TOWN_B, "测试乙镇", "TOWNSHIP");
    taikang.unit(TAIKANG, TOWN_C, "测试丙镇", "TOWNSHIP");
    taikang.unit(TAIKANG, TOWN_D, "测试戊镇", "TOWNSHIP");
    taikang.unit(TOWN_A, VILLAGE_1, "测试一村", "VILLAGE");
    taikang.unit(TOWN_A, VILLAGE_2, "测试二村", "VILLAGE");
    taikang.unit(TOWN_C, VILLAGE_3, "测试三村", "VILLAGE");
    taikang.unit(TOWN_B, VILLAGE_4, "测试五村", "VILLAGE");
    taikang.unit(TOWN_B, VILLAGE_5, "测试六村", "COMMUNITY");
    taikang.person(VILLAGE_1, "测试书记", PHONE, "123X");
    taikang.person(VILLAGE_2, "测试二书记", "13699880002", null);
    taikang.person(TOWN_C, "测试乡干部", "13699880003", null);
    dancheng = TestUnits.open("41162599");
    dancheng.unit(DANCHENG, DANCHENG_TOWN, "测试丁镇", "TOWNSHIP");
    dancheng.unit(DANCHENG_TOWN, DANCHENG_VILLAGE, "测试四村", "VILLAGE");
  }

  @AfterAll
  static void removeTestUnits() {
    taikang.close();
    dancheng.close();
  }

  @Test
  void anAdminRenamesAVillageAndSetsItsCategoriesAndTheLogKeepsBeforeAndAfter() {
    JsonObject village = unit("taikang-admin", VILLAGE_1);

    Api.Answer edited = edit("taikang-admin", VILLAGE_1, village.getInt("version"), "测试一村改", 4, 2026);

    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.object().getString("name")).isEqualTo("测试一村改");
    assertThat(edited.object().getInt("starTarget")).isEqualTo(4);
    assertThat(edited.object().getInt("weakYear")).isEqualTo(2026);
    assertThat(edited.object().getInt("version")).isEqualTo(village.getInt("version") + 1);
    assertThat(search("taikang-admin", "测试一村改")).containsExactly(VILLAGE_1);

    JsonObject entry = audit("taikang-admin", "unit=" + VILLAGE_1 + "&action=ORG_UNIT_UPDATED").getFirst();
    assertThat(entry.getString("actorUsername")).isEqualTo("taikang-admin");
    assertThat(entry.getString("subjectLabel")).isEqualTo("测试一村改");
    assertThat(entry.getJsonObject("before").getString("name")).isEqualTo("测试一村");
    assertThat(entry.getJsonObject("before").isNull("starTarget")).isTrue();
    assertThat(entry.getJsonObject("after").getString("name")).isEqualTo("测试一村改");
    assertThat(entry.getJsonObject("after").getInt("starTarget")).isEqualTo(4);
    assertThat(entry.getJsonObject("after").getInt("weakYear")).isEqualTo(2026);
    assertThat(entry.getString("at")).endsWith("+08:00");
  }

  @Test
  void anEditMadeOnAnOlderVersionIsRefusedWith409() {
    int version = unit("taikang-admin", VILLAGE_2).getInt("version");
    assertThat(edit("taikang-admin", VILLAGE_2, version, "测试二村", 3, null).status()).isEqualTo(200);

    Api.Answer stale = edit("taikang-admin", VILLAGE_2, version, "测试二村旧", 5, null);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.object().getString("type")).endsWith("org-unit-changed");
    assertThat(unit("taikang-admin", VILLAGE_2).getInt("starTarget")).isEqualTo(3);
  }

  @Test
  void aVillageMovesToAnotherTownshipWithItsPeopleAndBack() {
    JsonObject village = unit("taikang-admin", VILLAGE_2);
    long course = taikang.courseOwnedBy(VILLAGE_2);

    Api.Answer moved = move("taikang-admin", VILLAGE_2, village.getInt("version"), TOWN_B);

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.object().getString("parentCode")).isEqualTo(TOWN_B);
    assertThat(children("taikang-admin", TOWN_B)).contains(VILLAGE_2);
    assertThat(children("taikang-admin", TOWN_A)).doesNotContain(VILLAGE_2);
    assertThat(unit("taikang-admin", TOWN_B).getInt("peopleCount")).isEqualTo(1);
    assertThat(unit("taikang-admin", VILLAGE_2).getInt("peopleCount")).isEqualTo(1);
    JsonObject entry = audit("taikang-admin", "unit=" + VILLAGE_2 + "&action=ORG_UNIT_MOVED").getFirst();
    assertThat(entry.getJsonObject("before").getString("parentCode")).isEqualTo(TOWN_A);
    assertThat(entry.getJsonObject("after").getString("path")).endsWith("/" + TOWN_B + "/" + VILLAGE_2 + "/");
    assertThat(taikang.courseOwnerPath(course)).as("copies of the path follow the move")
        .isEqualTo(entry.getJsonObject("after").getString("path"));

    Api.Answer back = move("taikang-admin", VILLAGE_2, moved.object().getInt("version"), TOWN_A);
    assertThat(back.status()).isEqualTo(200);
    assertThat(children("taikang-admin", TOWN_A)).contains(VILLAGE_2);
    assertThat(move("taikang-admin", VILLAGE_2, back.object().getInt("version"), TAIKANG).status()).isEqualTo(403);
    assertThat(move("taikang-admin", VILLAGE_2, back.object().getInt("version"), VILLAGE_1).object().getString("type"))
        .endsWith("org-unit-move-not-allowed");
  }

  @Test
  void aMergedTownshipHandsOverItsVillagesAndPeopleAndIsRetired() {
    JsonObject absorbed = unit("taikang-admin", TOWN_C);

    Api.Answer merged = Api.postJson("/api/org/units/" + TOWN_C + "/merge", Tokens.of("taikang-admin"),
        "{\"version\":%d,\"target\":\"%s\"}".formatted(absorbed.getInt("version"), TOWN_D));

    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.object().getString("code")).isEqualTo(TOWN_D);
    assertThat(children("taikang-admin", TOWN_D)).contains(VILLAGE_3);
    assertThat(children("taikang-admin", TAIKANG)).contains(TOWN_A, TOWN_D).doesNotContain(TOWN_C);
    assertThat(search("taikang-admin", "测试丙镇")).isEmpty();
    assertThat(unit("taikang-admin", TOWN_C).getInt("peopleCount")).as("kept for history, emptied").isZero();
    assertThat(names("taikang-admin", TOWN_D)).contains("测试乡干部");
    Api.Answer retiredEdit = edit("taikang-admin", TOWN_C, unit("taikang-admin", TOWN_C).getInt("version"), "改名", null, null);
    assertThat(retiredEdit.object().getString("type")).endsWith("org-unit-retired");

    JsonObject entry = audit("taikang-admin", "action=ORG_UNIT_MERGED").getFirst();
    assertThat(entry.getString("subjectId")).isEqualTo(TOWN_C);
    assertThat(entry.getJsonObject("before").getJsonArray("villages").getString(0)).isEqualTo(VILLAGE_3);
    assertThat(entry.getJsonObject("after").getString("mergedInto")).isEqualTo(TOWN_D);
    assertThat(entry.getJsonObject("after").getInt("peopleMoved")).isEqualTo(1);
  }

  @Test
  void aVillagePlanIsWrittenThenChangedOnItsLatestVersionOnly() {
    String path = "/api/org/units/" + VILLAGE_1 + "/plans/2026";
    assertThat(Api.get(path, Tokens.of("taikang-admin")).object()).doesNotContainKey("version");

    Api.Answer created = Api.putJson(path, Tokens.of("taikang-admin"), "{\"content\":\"一、发展集体经济\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    long version = created.object().getJsonNumber("version").longValue();
    assertThat(Api.putJson(path, Tokens.of("taikang-admin"), "{\"content\":\"重复创建\"}").status()).isEqualTo(409);
    Api.Answer changed = Api.putJson(path, Tokens.of("taikang-admin"),
        "{\"version\":%d,\"content\":\"一、发展集体经济\\n二、建强支部\"}".formatted(version));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.object().getJsonNumber("version").longValue()).isEqualTo(version + 1);
    assertThat(Api.get(path, Tokens.of("trainer")).object().getString("content")).endsWith("二、建强支部");
    assertThat(Api.get("/api/org/units/" + VILLAGE_1 + "/plans", Tokens.of("taikang-admin")).array().getInt(0))
        .isEqualTo(2026);
    JsonObject entry = audit("taikang-admin", "subjectType=VILLAGE_PLAN&unit=" + VILLAGE_1).getFirst();
    assertThat(entry.getJsonObject("before").getString("content")).isEqualTo("一、发展集体经济");
    assertThat(entry.getJsonObject("after").getString("content")).endsWith("二、建强支部");
    assertThat(Api.putJson(path, Tokens.of("trainer"), "{\"content\":\"教员\"}").status()).isEqualTo(403);
  }

  @Test
  void aCountyAdminNeitherChangesNorReadsTheLogOfAnotherCounty() {
    int version = unit("dancheng-admin", DANCHENG_VILLAGE).getInt("version");
    assertThat(edit("dancheng-admin", DANCHENG_VILLAGE, version, "测试四村", 5, null).status()).isEqualTo(200);

    assertThat(edit("dancheng-admin", VILLAGE_1, 0, "越权", null, null).status()).isEqualTo(403);
    assertThat(move("dancheng-admin", DANCHENG_VILLAGE, version + 1, TOWN_A).status()).isEqualTo(403);
    assertThat(move("taikang-admin", VILLAGE_1, unit("taikang-admin", VILLAGE_1).getInt("version"), DANCHENG_TOWN)
        .status()).isEqualTo(403);
    Api.Answer ownCounty = edit("taikang-admin", TAIKANG, unit("taikang-admin", TAIKANG).getInt("version"), "太康", null, null);
    assertThat(ownCounty.status()).isEqualTo(403);
    assertThat(ownCounty.object().getString("type")).endsWith("org-unit-not-editable");
    assertThat(Api.get("/api/audit?unit=" + DANCHENG, Tokens.of("taikang-admin")).status()).isEqualTo(403);
    assertThat(Api.get("/api/audit", Tokens.of("trainer")).status()).isEqualTo(403);

    assertThat(audit("taikang-admin", "size=200")).extracting(e -> e.getString("subjectId"))
        .noneMatch(id -> id.startsWith("411625"));
    assertThat(audit("dancheng-admin", "size=200")).extracting(e -> e.getString("subjectId"))
        .isNotEmpty().allMatch(id -> id.startsWith("411625"));
    assertThat(audit("city-admin", "actor=dancheng-admin")).extracting(e -> e.getString("subjectId"))
        .contains(DANCHENG_VILLAGE);
  }

  @Test
  void phonesAreWholeOnlyForTheAdminsOfThePersonsScopeAndIdNumbersNeverAre() {
    String people = "/api/org/units/" + VILLAGE_1 + "/people";

    assertThat(phones("taikang-admin", people)).containsExactly(PHONE);
    assertThat(phones("city-admin", people)).containsExactly(PHONE);
    assertThat(phones("trainer", people)).containsExactly("136****0001");
    assertThat(Api.get(people, Tokens.of("dancheng-admin")).status()).isEqualTo(403);

    long id = Api.get(people, Tokens.of("taikang-admin")).object().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    Api.Answer detail = Api.get("/api/org/people/" + id, Tokens.of("taikang-admin"));
    assertThat(detail.object().getString("phone")).isEqualTo(PHONE);
    assertThat(detail.object().getString("idNumber")).isEqualTo("**************123X");
    assertThat(detail.object().getJsonArray("positions").getString(0)).isEqualTo("PARTY_SECRETARY");
    assertThat(Api.get("/api/org/people/" + id, Tokens.of("trainer")).object().getString("phone"))
        .isEqualTo("136****0001");
    assertThat(Api.get("/api/org/people/" + id, Tokens.of("dancheng-admin")).status()).isEqualTo(404);

    for (String user : List.of("taikang-admin", "city-admin", "trainer")) {
      assertThat(Api.get("/api/org/people/" + id, Tokens.of(user)).body()).doesNotContainPattern(WHOLE_ID_NUMBER);
      assertThat(Api.get("/api/org/units/" + TAIKANG + "/people?size=200", Tokens.of(user)).body())
          .doesNotContainPattern(WHOLE_ID_NUMBER);
    }
  }

  @Test
  void aYearsWeakAndLaxListMarksExactlyTheListedVillagesOfTheSubtree() {
    String path = "/api/org/units/" + TOWN_B + "/weak-and-lax/2024";

    Api.Answer first = Api.putJson(path, Tokens.of("taikang-admin"), "{\"villages\":[\"" + VILLAGE_4 + "\"]}");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Answer second = Api.putJson(path, Tokens.of("taikang-admin"), "{\"villages\":[\"" + VILLAGE_5 + "\"]}");

    assertThat(second.object().getInt("marked")).isEqualTo(1);
    assertThat(second.object().getInt("cleared")).isEqualTo(1);
    assertThat(Api.get(path, Tokens.of("taikang-admin")).array().getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("code")).containsExactly(VILLAGE_5);
    assertThat(unit("taikang-admin", VILLAGE_4).containsKey("weakYear")).isFalse();
    assertThat(unit("taikang-admin", VILLAGE_5).getInt("weakYear")).isEqualTo(2024);
    assertThat(audit("taikang-admin", "unit=" + VILLAGE_4)).extracting(e -> e.getString("reason"))
        .containsOnly("2024 年度软弱涣散村名单").hasSize(2);
    assertThat(Api.putJson(path, Tokens.of("taikang-admin"), "{\"villages\":[\"" + DANCHENG_VILLAGE + "\"]}").status())
        .isEqualTo(403);
    assertThat(Api.putJson(path, Tokens.of("taikang-admin"), "{\"villages\":[\"" + VILLAGE_1 + "\"]}").status())
        .as("a village outside the subtree named in the path").isEqualTo(403);
  }

  @Test
  void anImportPreviewQuotesMistypedAndDuplicatedIdNumbersMasked() {
    String sheet = "姓名,性别,手机号,身份证号,区划代码,职务\r\n"
        + "甲,女,13699880011,110105194912310022," + VILLAGE_1 + ",委员\r\n"
        + "乙,女,13699880012,11010519491231002X," + VILLAGE_1 + ",委员\r\n"
        + "丙,女,13699880013,11010519491231002X," + VILLAGE_1 + ",委员\r\n";

    Api.Answer preview = Api.postMultipart("/api/people/imports", Tokens.of("taikang-admin"),
        new Multipart().file("file", "people.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)));

    assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
    assertThat(preview.object().getJsonArray("problems").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("code")).contains("invalid-id-number", "duplicate-in-sheet");
    assertThat(preview.body()).doesNotContainPattern(WHOLE_ID_NUMBER).contains("**************0022");
  }

  @Test
  void starTargetsAndWeakYearsBelongToVillagesOnly() {
    Api.Answer answer = edit("taikang-admin", TOWN_A, unit("taikang-admin", TOWN_A).getInt("version"), "测试甲镇", 3, null);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.object().getString("type")).endsWith("org-unit-not-a-village");
  }

  private static Api.Answer edit(String user, String code, int version, String name, Integer stars, Integer weakYear) {
    return Api.putJson("/api/org/units/" + code, Tokens.of(user),
        "{\"version\":%d,\"name\":\"%s\",\"starTarget\":%s,\"weakYear\":%s}".formatted(version, name, stars, weakYear));
  }

  private static Api.Answer move(String user, String code, int version, String target) {
    return Api.postJson("/api/org/units/" + code + "/move", Tokens.of(user),
        "{\"version\":%d,\"target\":\"%s\"}".formatted(version, target));
  }

  private static JsonObject unit(String user, String code) {
    Api.Answer answer = Api.get("/api/org/units/" + code, Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static List<String> children(String user, String code) {
    return Api.get("/api/org/units/" + code + "/children", Tokens.of(user)).array().getValuesAs(JsonObject.class)
        .stream().map(u -> u.getString("code")).toList();
  }

  private static List<String> search(String user, String q) {
    return Api.get("/api/org/units?q=" + Api.encode(q), Tokens.of(user)).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
  }

  private static List<String> names(String user, String code) {
    return Api.get("/api/org/units/" + code + "/people", Tokens.of(user)).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
  }

  private static List<String> phones(String user, String path) {
    Api.Answer answer = Api.get(path, Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("phone")).toList();
  }

  private static List<JsonObject> audit(String user, String query) {
    Api.Answer answer = Api.get("/api/audit?" + query, Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
