package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.NearRealTime.withinASecond;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhixing.content.PolicyPack;
import org.zhixing.content.PolicySeed;

/** The policy library through the API: search, filters, document numbers, visibility, uploads and their errors. */
@ExtendWith(ArquillianExtension.class)
class PolicyApiIT {

  private static final List<PolicySeed> PACK = PolicyPack.load().documents();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void learnerFindsAPublicDocumentByItsTitle() {
    PolicySeed doc = first(d -> d.audience().equals("PUBLIC") && d.status().equals("IN_FORCE"));

    List<JsonObject> hits = search("learner", "q=" + Api.encode(doc.title()));

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().getString("title")).isEqualTo(doc.title());
    assertThat(hits.getFirst().getString("titleHtml")).contains("<mark>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"〔%s〕%s号", "[%s]%s号", "(%s)%s号", "（%s）%s号", "%s %s号", "〔%s〕%s"})
  void documentNumberIsFoundWhateverTheBrackets(String form) {
    PolicySeed doc = first(d -> d.audience().equals("PUBLIC") && d.docNumber() != null && d.docNumber().contains("〔"));
    String[] parts = doc.docNumber().split("[〔〕号]");
    String typed = parts[0] + form.formatted(parts[1], parts[2]);

    List<JsonObject> hits = search("learner", "q=" + Api.encode(typed));

    assertThat(hits).as(typed).isNotEmpty();
    assertThat(hits.getFirst().getString("docNumber")).isEqualTo(doc.docNumber());
  }

  @Test
  void internalDocumentsAreHiddenFromLearnersButShownToTrainers() {
    PolicySeed internal = first(d -> d.audience().equals("INTERNAL"));
    String query = "q=" + Api.encode(internal.title());

    assertThat(search("learner", query)).extracting(h -> h.getString("title")).doesNotContain(internal.title());
    assertThat(search("trainer", query)).extracting(h -> h.getString("title")).contains(internal.title());
    assertThat(Api.get("/api/policies/suggest?q=" + Api.encode(internal.title()), Tokens.of("learner")).array()
            .getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("title"))
        .doesNotContain(internal.title());
  }

  @Test
  void filtersNarrowTheResultsAndFacetsCountThem() {
    JsonObject page = Api.get("/api/policies?level=PROVINCE&size=50", Tokens.of("trainer")).object();

    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).isNotEmpty().allSatisfy(h -> assertThat(h.getString("level")).isEqualTo("PROVINCE"));
    long provincial = PACK.stream().filter(d -> d.level().equals("PROVINCE")).count();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(provincial);
    assertThat(page.getJsonObject("facets").getJsonArray("level").getValuesAs(JsonObject.class))
        .anySatisfy(f -> {
          assertThat(f.getString("value")).isEqualTo("PROVINCE");
          assertThat(f.getJsonNumber("count").longValue()).isEqualTo(provincial);
        });
  }

  @Test
  void newestFirstSortsByIssueDate() {
    List<JsonObject> hits = search("learner", "sort=newest&size=20");

    List<String> dates = hits.stream().map(h -> h.getString("issueDate")).toList();
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "((", "AND OR NOT", "*?~^", "title:", "\\", "豫组〔", "[2022", "/*x*/", "第一书记\"职责"})
  void anyTypedStringIsAnsweredWithoutError(String typed) {
    Api.Answer answer = Api.get("/api/policies?q=" + Api.encode(typed), Tokens.of("learner"));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  @Test
  void unknownFilterValueIsA400() {
    Api.Answer answer = Api.get("/api/policies?level=GALAXY", Tokens.of("learner"));

    ApiSecurityIT.assertProblem(answer, "invalid-parameter", 400);
  }

  @Test
  void documentViewMarksTheQueryInTheBody() {
    PolicySeed doc = first(d -> d.audience().equals("PUBLIC") && d.status().equals("SUPERSEDED") && d.docNumber() != null);
    long id = search("learner", "q=" + Api.encode(doc.docNumber())).getFirst().getJsonNumber("id").longValue();

    JsonObject view = Api.get("/api/policies/" + id + "?q=" + Api.encode("第一书记"), Tokens.of("learner")).object();

    assertThat(view.getString("title")).isEqualTo(doc.title());
    assertThat(view.getString("bodyHtml")).startsWith("<p>");
    assertThat(view.getString("status")).isEqualTo("SUPERSEDED");
    assertThat(view.getJsonObject("supersededBy").getString("title")).isNotBlank();
  }

  @Test
  void uploadedDocumentIsSearchableAtOnceAndGoneWhenUnpublished() {
    String word = "滩涂光伏示范" + System.nanoTime() % 10_000;
    String text = "【演示】关于推进" + word + "项目的通知\n各乡镇：为推进" + word + "，现就有关事项通知如下。";
    Api.Answer created = upload("taikang-admin", metadata(null, "关于推进" + word + "项目的通知", true),
        "notice.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.location()).matches(".*/api/policies/\\d+");
    long id = created.object().getJsonNumber("id").longValue();
    assertThat(withinASecond(() -> ids(search("learner", "q=" + Api.encode(word))).contains(id))).isTrue();

    assertThat(Api.post("/api/policies/" + id + "/unpublish", Tokens.of("taikang-admin")).status()).isEqualTo(200);
    assertThat(withinASecond(() -> search("learner", "q=" + Api.encode(word)).isEmpty())).isTrue();
    assertThat(Api.get("/api/policies/" + id, Tokens.of("learner")).status()).isEqualTo(404);
  }

  @Test
  void danchengAdminCannotManageTaikangsDocument() {
    Api.Answer created = upload("taikang-admin", metadata(null, "太康县测试文件" + System.nanoTime(), false),
        "draft.txt", "text/plain", "太康县内部草稿，用于检验管理范围。这里有足够多的文字内容。".getBytes(StandardCharsets.UTF_8));
    long id = created.object().getJsonNumber("id").longValue();

    assertThat(Api.post("/api/policies/" + id + "/publish", Tokens.of("dancheng-admin")).status()).isEqualTo(404);
    assertThat(Api.post("/api/policies/" + id + "/publish", Tokens.of("taikang-admin")).status()).isEqualTo(200);
  }

  @Test
  void scannedPdfWithoutTextIsRefusedAndNothingIsStored() {
    long before = managedTotal();

    Api.Answer answer = upload("taikang-admin", metadata(null, "扫描件", true), "scan.pdf", "application/pdf", Pdfs.withoutText());

    ApiSecurityIT.assertProblem(answer, "unreadable-document", 422);
    assertThat(managedTotal()).isEqualTo(before);
  }

  @Test
  void fileOfAnotherKindIsRefusedWhateverItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    Api.Answer answer = upload("taikang-admin", metadata(null, "伪装的图片", true), "policy.pdf", "application/pdf", png);

    ApiSecurityIT.assertProblem(answer, "unsupported-document-type", 415);
  }

  @Test
  void documentNumberInUseIsRefusedWhateverTheBrackets() {
    PolicySeed doc = first(d -> d.docNumber() != null && d.docNumber().contains("〔"));
    String sameNumber = doc.docNumber().replace('〔', '[').replace('〕', ']');

    Api.Answer answer = upload("city-admin", metadata(sameNumber, "重复文号测试", true), "dup.txt", "text/plain",
        "这是一份用来检验文号重复的测试文件，内容足够长。".getBytes(StandardCharsets.UTF_8));

    ApiSecurityIT.assertProblem(answer, "duplicate-document-number", 409);
  }

  @Test
  void learnerMayNotUpload() {
    Api.Answer answer = upload("learner", metadata(null, "学员上传", true), "x.txt", "text/plain",
        "学员不能上传政策文件，这里是足够长的文字内容。".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void sysAdminRebuildsTheIndexWhileSearchKeepsAnswering() throws InterruptedException {
    long published = Api.get("/api/policies?size=1", Tokens.of("trainer")).object().getJsonNumber("total").longValue();

    Api.Answer started = Api.post("/api/search-index/rebuild", Tokens.of("sys-admin"));

    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    JsonObject state = started.object();
    for (int i = 0; i < 600 && state.getString("state").equals("REBUILDING"); i++) {
      assertThat(search("learner", "q=" + Api.encode("第一书记"))).isNotEmpty();
      Thread.sleep(100);
      state = Api.get("/api/search-index", Tokens.of("sys-admin")).object();
    }
    assertThat(state.getString("state")).isEqualTo("READY");
    // A document another test published a moment before may not have been searchable yet when the test began (near
    // real time: within a second); the rebuild reads the database, so it may hold more than was counted then.
    long afterwards = Api.get("/api/policies?size=1", Tokens.of("trainer")).object().getJsonNumber("total").longValue();
    assertThat(state.getJsonNumber("documents").longValue()).isEqualTo(afterwards).isGreaterThanOrEqualTo(published);
  }

  @Test
  void onlySystemAdminsMayRebuildTheIndex() {
    assertThat(Api.post("/api/search-index/rebuild", Tokens.of("city-admin")).status()).isEqualTo(403);
  }

  private static Api.Answer upload(String user, String metadata, String fileName, String type, byte[] content) {
    return Api.postMultipart("/api/policies", Tokens.of(user),
        new Multipart().json("metadata", metadata).file("file", fileName, type, content));
  }

  private static String metadata(String docNumber, String title, boolean publish) {
    return """
        {"docNumber": %s, "title": "%s", "authority": "中共太康县委组织部", "level": "COUNTY",
         "issueDate": "2026-11-20", "type": "NOTICE", "tags": ["测试"], "internal": false, "publish": %s}
        """.formatted(docNumber == null ? "null" : "\"" + docNumber + "\"", title, publish);
  }

  private static long managedTotal() {
    Api.Answer answer = Api.get("/api/policies/admin", Tokens.of("taikang-admin"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object().getJsonNumber("total").longValue();
  }

  private static List<JsonObject> search(String user, String query) {
    Api.Answer answer = Api.get("/api/policies?" + query, Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<Long> ids(List<JsonObject> hits) {
    return hits.stream().map(h -> h.getJsonNumber("id").longValue()).toList();
  }

  private static PolicySeed first(Predicate<PolicySeed> condition) {
    return PACK.stream().filter(condition).findFirst().orElseThrow();
  }
}
