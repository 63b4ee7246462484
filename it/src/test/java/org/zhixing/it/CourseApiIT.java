package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.CoursePack;
import org.zhixing.content.CourseSeed;

/**
 * Courses through the API: the trainer's draft, the county admin's review, what learners see and do not see, versions
 * that keep lesson keys, policy links both ways, and the demo courses of the content pack.
 */
@ExtendWith(ArquillianExtension.class)
class CourseApiIT {

  private static final String TAIKANG = "411627000000";
  /** A township of 太康县 other than the learner's (大许寨镇, 411627101000). */
  private static final String OTHER_TAIKANG_TOWNSHIP = "411627102000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void trainerBuildsADraftReordersAndSubmitsAndTheCountyAdminPublishesItToLearnersInScope() {
    String title = unique("太康县村干部履职能力提升");
    JsonObject draft = create("trainer", title, null, List.of());
    long id = draft.getJsonNumber("id").longValue();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("offeredUnitCode")).isEqualTo(TAIKANG);
    assertThat(draft.getBoolean("mayEdit")).isTrue();

    List<Long> lessons = List.of(addText("trainer", id, "第一课"), addText("trainer", id, "第二课"), addText("trainer", id, "第三课"));
    JsonObject reordered = ok(Api.putJson(path(id, "/lessons/order"), Tokens.of("trainer"),
        "{\"lessonIds\":[%d,%d,%d]}".formatted(lessons.get(2), lessons.get(0), lessons.get(1))));
    assertThat(lessonTitles(reordered)).containsExactly("第三课", "第一课", "第二课");

    assertThat(ok(Api.post(path(id, "/submit"), Tokens.of("trainer"))).getString("status")).isEqualTo("SUBMITTED");
    assertThat(titles(Api.get("/api/courses/manage?status=SUBMITTED&size=200", Tokens.of("taikang-admin")))).contains(title);
    assertThat(titles(Api.get("/api/courses?q=" + Api.encode(title), Tokens.of("learner")))).isEmpty();

    JsonObject published = ok(Api.post(path(id, "/approve"), Tokens.of("taikang-admin")));
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.getInt("publishedVersion")).isEqualTo(1);

    assertThat(titles(Api.get("/api/courses?q=" + Api.encode(title), Tokens.of("learner")))).containsExactly(title);
    JsonObject page = ok(Api.get(path(id, ""), Tokens.of("learner")));
    assertThat(lessonTitles(page)).containsExactly("第三课", "第一课", "第二课");
    assertThat(page.getBoolean("mayEdit")).isFalse();
    // 郸城县's organization department sees its own county's catalog, which does not offer 太康县's course.
    assertThat(titles(Api.get("/api/courses?q=" + Api.encode(title), Tokens.of("dancheng-admin")))).isEmpty();
    assertThat(Api.get(path(id, ""), Tokens.of("dancheng-admin")).status()).isEqualTo(404);
  }

  @Test
  void aCourseOfferedToAnotherTownshipIsNotShownToTheLearner() {
    String title = unique("其他乡镇专题");
    long id = publishedCourse("trainer", "taikang-admin", title, OTHER_TAIKANG_TOWNSHIP, List.of());

    assertThat(titles(Api.get("/api/courses?q=" + Api.encode(title), Tokens.of("learner")))).isEmpty();
    Api.Answer answer = Api.get(path(id, ""), Tokens.of("learner"));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.object().getString("type")).isEqualTo("urn:zhixing:problem:course-not-found");
  }

  @Test
  void rejectingNeedsACommentAndSendsTheCourseBackToDraft() {
    long id = id(create("trainer", unique("退回测试"), null, List.of()));
    addText("trainer", id, "唯一一课");
    ok(Api.post(path(id, "/submit"), Tokens.of("trainer")));

    Api.Answer blank = Api.postJson(path(id, "/reject"), Tokens.of("taikang-admin"), "{\"comment\":\"  \"}");
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.contentType()).startsWith("application/problem+json");
    assertThat(blank.object().getString("type")).isEqualTo("urn:zhixing:problem:review-comment-required");

    JsonObject rejected = ok(Api.postJson(path(id, "/reject"), Tokens.of("taikang-admin"), "{\"comment\":\"请补充政策依据\"}"));
    assertThat(rejected.getString("status")).isEqualTo("DRAFT");
    assertThat(rejected.getString("reviewComment")).isEqualTo("请补充政策依据");
    assertThat(Api.post(path(id, "/approve"), Tokens.of("taikang-admin")).status()).isEqualTo(409);
  }

  @Test
  void taikangAdminCannotReviewADanchengCourse() {
    long id = id(create("dancheng-admin", unique("郸城县课程"), null, List.of()));
    addText("dancheng-admin", id, "第一课");
    ok(Api.post(path(id, "/submit"), Tokens.of("dancheng-admin")));

    assertThat(Api.post(path(id, "/approve"), Tokens.of("taikang-admin")).status()).isEqualTo(404);
    assertThat(Api.post(path(id, "/approve"), Tokens.of("trainer")).status()).isEqualTo(403);
    assertThat(ok(Api.post(path(id, "/approve"), Tokens.of("dancheng-admin"))).getString("status")).isEqualTo("PUBLISHED");
  }

  @Test
  void trainersOfferCoursesOnlyWithinTheirScopeAndLearnersCannotAuthor() {
    Api.Answer outside = Api.postJson("/api/courses", Tokens.of("trainer"), courseJson("越权课程", "411625000000", List.of()));
    assertThat(outside.status()).isEqualTo(403);
    assertThat(outside.object().getString("type")).isEqualTo("urn:zhixing:problem:course-audience-out-of-scope");

    assertThat(Api.postJson("/api/courses", Tokens.of("learner"), courseJson("学员建课", null, List.of())).status()).isEqualTo(403);
    Api.Answer invalid = Api.postJson("/api/courses", Tokens.of("trainer"), "{\"title\":\"\",\"creditHours\":1000}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.object().getString("type")).isEqualTo("urn:zhixing:problem:validation");
  }

  @Test
  void aNewVersionKeepsLessonKeysAndLearnersKeepTheOldVersionUntilItIsPublished() {
    String title = unique("版本测试");
    long id = publishedCourse("trainer", "taikang-admin", title, null, List.of());
    JsonObject v1 = ok(Api.get(path(id, "?published=true"), Tokens.of("trainer")));
    Map<String, JsonObject> v1Lessons = byKey(v1);

    JsonObject v2 = ok(Api.post(path(id, "/versions"), Tokens.of("trainer")));
    assertThat(v2.getInt("version")).isEqualTo(2);
    assertThat(v2.getString("status")).isEqualTo("DRAFT");
    assertThat(byKey(v2).keySet()).isEqualTo(v1Lessons.keySet());
    JsonObject changed = lessons(v2).getFirst();
    ok(Api.putJson(path(id, "/lessons/" + changed.getJsonNumber("id").longValue()), Tokens.of("trainer"),
        "{\"title\":\"第一课（修订）\",\"bodyHtml\":\"<p>修订后的内容</p>\"}"));
    assertThat(ok(Api.get(path(id, ""), Tokens.of("learner"))).getInt("version")).isEqualTo(1);

    ok(Api.post(path(id, "/submit"), Tokens.of("trainer")));
    JsonObject published = ok(Api.post(path(id, "/approve"), Tokens.of("taikang-admin")));
    assertThat(published.getInt("publishedVersion")).isEqualTo(2);
    Map<String, JsonObject> v2Lessons = byKey(ok(Api.get(path(id, ""), Tokens.of("learner"))));
    assertThat(v2Lessons.keySet()).isEqualTo(v1Lessons.keySet());
    String changedKey = changed.getString("key");
    v1Lessons.forEach((key, before) -> {
      boolean same = before.getString("fingerprint").equals(v2Lessons.get(key).getString("fingerprint"));
      assertThat(same).as(key).isEqualTo(!key.equals(changedKey));
    });

    // A link to a lesson of version 1 still leads to the lesson in force, found by its key.
    JsonObject oldLesson = lessons(v1).get(1);
    JsonObject definition = ok(Api.get(path(id, "/lessons/" + oldLesson.getJsonNumber("id").longValue()), Tokens.of("learner")));
    assertThat(definition.getString("lessonKey")).isEqualTo(oldLesson.getString("key"));
    assertThat(definition.getInt("courseVersion")).isEqualTo(2);
    assertThat(definition.getJsonNumber("lessonId").longValue()).isNotEqualTo(oldLesson.getJsonNumber("id").longValue());
  }

  @Test
  void policyAndCourseLinkBothWays() {
    long policyId = policyId("豫组〔2022〕12号");
    String title = unique("政策引用测试");
    long id = publishedCourse("trainer", "taikang-admin", title, null, List.of(policyId));

    JsonObject page = ok(Api.get(path(id, ""), Tokens.of("learner")));
    assertThat(page.getJsonArray("policies").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("docNumber")).containsExactly("豫组〔2022〕12号");
    List<String> citing = Api.get("/api/policies/" + policyId + "/courses", Tokens.of("learner")).array()
        .getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList();
    assertThat(citing).contains(title, "\"五星\"支部创建总体解读");
    assertThat(Api.get("/api/policies/" + policyId + "/courses", Tokens.of("dancheng-admin")).array()
        .getValuesAs(JsonObject.class)).extracting(c -> c.getString("title")).doesNotContain(title);

    Api.Answer unknown = Api.postJson("/api/courses", Tokens.of("trainer"), courseJson(unique("坏引用"), null, List.of(999_999L)));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.object().getString("type")).isEqualTo("urn:zhixing:problem:course-policy-unknown");
  }

  @Test
  void theDemoCoursesArePublishedToTheWholeCityWithTheirMediaAndPolicies() {
    List<CourseSeed> seeds = CoursePack.load().courses();
    List<JsonObject> offered = Api.get("/api/courses?size=200", Tokens.of("learner")).object()
        .getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(offered).extracting(c -> c.getString("title")).containsAll(seeds.stream().map(CourseSeed::title).toList());

    CourseSeed star = seeds.get(1);
    JsonObject summary = offered.stream().filter(c -> c.getString("title").equals(star.title())).findFirst().orElseThrow();
    JsonObject course = ok(Api.get(path(summary.getJsonNumber("id").longValue(), ""), Tokens.of("learner")));
    assertThat(course.getString("offeredUnitCode")).isEqualTo("411600000000");
    assertThat(lessons(course)).extracting(l -> l.getString("kind")).contains("VIDEO", "PDF", "HTML");
    assertThat(course.getJsonArray("policies").getValuesAs(JsonObject.class)).extracting(p -> p.getString("docNumber"))
        .containsAll(star.policyNumbers());
    JsonObject video = lessons(course).stream().filter(l -> l.getString("kind").equals("VIDEO")).findFirst().orElseThrow();
    assertThat(video.getInt("durationSeconds")).isEqualTo(14);
    assertThat(video.getString("assetId")).isNotBlank();
    JsonObject html = lessons(course).stream().filter(l -> l.getString("kind").equals("HTML")).findFirst().orElseThrow();
    assertThat(html.getString("bodyHtml")).contains(CourseSeed.DEMO_MARKER);
    assertThat(course.getString("coverUrl")).startsWith("/media/").endsWith(course.getString("coverAssetId"));
    assertThat(summary.getString("coverUrl")).startsWith("/media/");
  }

  @Test
  void lessonsTakeKindAndLengthFromTheAssetCatalogWithinTheEditorsScope() throws IOException {
    String image = uploadAsset("trainer", "c03-cover.png", "image/png");
    String pdf = uploadAsset("trainer", "c02-handout.pdf", "application/pdf");
    long id = id(create("trainer", unique("素材课时"), null, List.of()));

    Api.Answer added = Api.postJson(path(id, "/lessons"), Tokens.of("trainer"),
        Json.createObjectBuilder().add("title", "图片课时").add("assetId", image).build().toString());
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(lessons(added.object()).getFirst().getString("kind")).isEqualTo("IMAGE");
    assertThat(lessons(added.object()).getFirst().getInt("pageCount")).isEqualTo(1);

    Api.Answer pdfCover = Api.putJson(path(id, ""), Tokens.of("trainer"),
        course("封面测试", null, List.of()).add("coverAssetId", pdf).build().toString());
    assertThat(pdfCover.status()).isEqualTo(422);
    assertThat(pdfCover.object().getString("type")).isEqualTo("urn:zhixing:problem:course-asset-unusable");
    JsonObject withCover = ok(Api.putJson(path(id, ""), Tokens.of("trainer"),
        course("封面测试", null, List.of()).add("coverAssetId", image).build().toString()));
    assertThat(withCover.getString("coverUrl")).startsWith("/media/");

    // The demo courses' assets belong to the city: a county trainer cannot build on them. (Other tests publish city
    // courses without a cover into the same database: take one that has one.)
    String cityImage = Api.get("/api/courses?size=200", Tokens.of("learner")).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("ownerUnitCode").equals("411600000000") && c.get("coverAssetId") instanceof JsonString)
        .findFirst().orElseThrow().getString("coverAssetId");
    Api.Answer foreign = Api.postJson(path(id, "/lessons"), Tokens.of("trainer"),
        Json.createObjectBuilder().add("title", "市级素材").add("assetId", cityImage).build().toString());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.object().getString("type")).isEqualTo("urn:zhixing:problem:asset-not-found");
  }

  // --- helpers ---

  private static String uploadAsset(String user, String packFile, String mediaType) throws IOException {
    try (InputStream in = CoursePack.media(packFile)) {
      Api.Answer answer = Api.postBytes("/api/assets?name=" + packFile, Tokens.of(user), mediaType, in.readAllBytes());
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
      return answer.object().getString("id");
    }
  }

  private static long publishedCourse(String author, String reviewer, String title, String offeredUnit, List<Long> policies) {
    long id = id(create(author, title, offeredUnit, policies));
    addText(author, id, "第一课");
    addText(author, id, "第二课");
    ok(Api.post(path(id, "/submit"), Tokens.of(author)));
    ok(Api.post(path(id, "/approve"), Tokens.of(reviewer)));
    return id;
  }

  private static JsonObject create(String user, String title, String offeredUnit, List<Long> policies) {
    Api.Answer answer = Api.postJson("/api/courses", Tokens.of(user), courseJson(title, offeredUnit, policies));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.location()).matches(".*/api/courses/\\d+");
    return answer.object();
  }

  private static String courseJson(String title, String offeredUnit, List<Long> policies) {
    return course(title, offeredUnit, policies).build().toString();
  }

  private static JsonObjectBuilder course(String title, String offeredUnit, List<Long> policies) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    policies.forEach(ids::add);
    var course = Json.createObjectBuilder()
        .add("title", title).add("summary", "测试课程").add("creditHours", 1.5).add("required", true)
        .add("tags", Json.createArrayBuilder().add("测试")).add("policyIds", ids);
    if (offeredUnit != null) {
      course.add("offeredUnitCode", offeredUnit);
    }
    return course;
  }

  private static long addText(String user, long courseId, String title) {
    String lesson = Json.createObjectBuilder().add("title", title).add("bodyHtml", "<p>" + title + "的内容</p>").build().toString();
    Api.Answer answer = Api.postJson(path(courseId, "/lessons"), Tokens.of(user), lesson);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return Long.parseLong(answer.location().substring(answer.location().lastIndexOf('/') + 1));
  }

  private static long policyId(String docNumber) {
    return Api.get("/api/policies?q=" + Api.encode(docNumber), Tokens.of("learner")).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .filter(hit -> docNumber.equals(hit.getString("docNumber", null)))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static JsonObject ok(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static List<String> titles(Api.Answer page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.object().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList();
  }

  private static List<JsonObject> lessons(JsonObject course) {
    return course.getJsonArray("lessons").getValuesAs(JsonObject.class);
  }

  private static List<String> lessonTitles(JsonObject course) {
    return lessons(course).stream().map(l -> l.getString("title")).toList();
  }

  private static Map<String, JsonObject> byKey(JsonObject course) {
    return lessons(course).stream().collect(Collectors.toMap(l -> l.getString("key"), Function.identity()));
  }

  private static long id(JsonObject course) {
    return course.getJsonNumber("id").longValue();
  }

  private static String path(long id, String rest) {
    return "/api/courses/" + id + rest;
  }

  private static String unique(String title) {
    return title + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
