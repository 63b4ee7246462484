package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.NearRealTime.withinASecond;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import of a zip with a metadata sheet: every row validated first, then all documents stored or none. */
@ExtendWith(ArquillianExtension.class)
class PolicyImportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void importStoresEveryDocumentOfTheSheetAndPublishesThem() throws InterruptedException {
    String word = "秸秆综合利用" + System.nanoTime() % 100_000;
    byte[] zip = new ImportArchive()
        .row("a.txt", "太组通〔2026〕" + System.nanoTime() % 10_000 + "号", "关于推进" + word + "的通知", "中共太康县委组织部", "县级", "2026-03-01", "通知", "乡村振兴、集体经济", "否")
        .row("b.html", "", word + "工作问答", "中共太康县委组织部", "县级", "2026-03-02", "问答", "乡村振兴", "否")
        .file("a.txt", "各乡镇：现就推进" + word + "工作通知如下。一、提高认识。二、落实责任。")
        .file("b.html", "<html><body><h1>" + word + "工作问答</h1><p>问：什么是" + word + "？答：见通知。</p></body></html>")
        .zip();

    JsonObject job = finished(start("taikang-admin", zip));

    assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
    assertThat(job.getInt("imported")).isEqualTo(2);
    assertThat(withinASecond(() -> Api.get("/api/policies?q=" + Api.encode(word), Tokens.of("learner")).object()
        .getJsonArray("items").size() == 2)).isTrue();
  }

  @Test
  void aSingleBadRowStoresNothingAndEveryErrorIsReportedByRow() throws InterruptedException {
    long before = managedTotal();
    byte[] zip = new ImportArchive()
        .row("good.txt", "", "一份没有问题的文件", "中共太康县委组织部", "县级", "2026-03-01", "通知", "", "否")
        .row("bad-level.txt", "", "层级填错的文件", "中共太康县委组织部", "国家级", "2026-03-01", "通知", "", "否")
        .row("missing.txt", "", "压缩包里没有的文件", "中共太康县委组织部", "县级", "2026-03-01", "通知", "", "否")
        .file("good.txt", "这份文件的内容没有任何问题，足够长，可以提取文字。")
        .file("bad-level.txt", "这份文件的层级填写错误，因此整个导入都不应写入。")
        .zip();

    JsonObject job = finished(start("taikang-admin", zip));

    assertThat(job.getString("state")).isEqualTo("FAILED");
    assertThat(job.getInt("imported")).isZero();
    List<JsonObject> errors = job.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors).extracting(e -> e.getInt("row")).containsExactly(3, 4);
    assertThat(errors.getFirst().getString("message")).contains("层级");
    assertThat(errors.get(1).getString("message")).contains("missing.txt");
    assertThat(managedTotal()).isEqualTo(before);
  }

  @Test
  void somethingThatIsNotAZipFailsWithAClearMessage() throws InterruptedException {
    JsonObject job = finished(start("taikang-admin", "not a zip at all".getBytes(StandardCharsets.UTF_8)));

    assertThat(job.getString("state")).isEqualTo("FAILED");
    assertThat(job.getJsonArray("errors").getJsonObject(0).getString("message")).contains("zip");
  }

  @Test
  void learnersMayNotImport() {
    Api.Answer answer = Api.postMultipart("/api/policies/imports", Tokens.of("learner"),
        new Multipart().file("file", "x.zip", "application/zip", new byte[] {1}));

    assertThat(answer.status()).isEqualTo(403);
  }

  private static JsonObject start(String user, byte[] zip) {
    Api.Answer answer = Api.postMultipart("/api/policies/imports", Tokens.of(user),
        new Multipart().file("file", "policies.zip", "application/zip", zip).text("publish", "true"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
    assertThat(answer.location()).contains("/api/policies/imports/");
    return answer.object();
  }

  private static JsonObject finished(JsonObject job) throws InterruptedException {
    for (int i = 0; i < 300 && List.of("VALIDATING", "IMPORTING").contains(job.getString("state")); i++) {
      Thread.sleep(100);
      job = Api.get("/api/policies/imports/" + job.getString("id"), Tokens.of("taikang-admin")).object();
    }
    return job;
  }

  private static long managedTotal() {
    return Api.get("/api/policies/admin", Tokens.of("taikang-admin")).object().getJsonNumber("total").longValue();
  }
}
