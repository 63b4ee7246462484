package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.CourseCompletions.LEARNER;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.it.CourseCompletions.CourseWithTest;

/**
 * Course completion waiting for the required test, certificates issued once with their PDF in Chinese, the public
 * verification of valid, revoked, forged and mistyped numbers (no token), revocation within the admin's subtree, and
 * the learning record with its PDF and scope. Each test makes its own course and paper; the demo learner (彭松宇, of
 * 耿庄村, 太康县) takes them.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aCourseWithARequiredTestCompletesOnlyOnceTheTestIsPassedAndIssuesOneCertificate() throws IOException {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest("证书课程", new BigDecimal("2.0"));

    CourseCompletions.readLessons(test);
    JsonObject waiting = CourseCompletions.progress(test, LEARNER);
    assertThat(waiting.getInt("requiredCompleted")).isEqualTo(1);
    assertThat(waiting.getBoolean("completed")).as("lessons done, test not passed").isFalse();
    assertThat(waiting.getBoolean("waitingForTest")).isTrue();
    assertThat(waiting.getJsonObject("requiredTest").getJsonNumber("paperId").longValue()).isEqualTo(test.paperId());
    assertThat(certificatesFor(test)).isEmpty();

    CourseCompletions.passTest(test);
    JsonObject done = CourseCompletions.progress(test, LEARNER);
    assertThat(done.getBoolean("completed")).isTrue();
    assertThat(done.getBoolean("waitingForTest")).isFalse();
    assertThat(done.getJsonObject("award").getJsonNumber("creditHours").doubleValue()).isEqualTo(2.0);

    CourseCompletions.passTest(test);
    List<JsonObject> held = certificatesFor(test);
    assertThat(held).as("a second pass issues nothing more").hasSize(1);
    JsonObject certificate = held.getFirst();
    assertThat(certificate.getString("holderName")).isEqualTo("彭松宇");
    assertThat(certificate.getString("number")).matches("ZX-" + YEAR + "-\\d{8}-\\d");
    assertThat(certificate.getBoolean("valid")).isTrue();
    assertThat(certificatesFor(test)).as("listing again issues nothing").hasSize(1);

    Api.Download pdf = Api.download("/api/learning/certificates/" + certificate.getString("number") + "/pdf",
        Tokens.of(LEARNER), "zh-CN");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.contentDisposition()).contains("filename*=UTF-8''%E7%BB%93%E4%B8%9A%E8%AF%81%E4%B9%A6");
    String text = textOf(pdf.body());
    assertThat(text).contains("彭松宇", "《" + test.title() + "》", "2 学时", certificate.getString("number"),
        Api.baseUrl().replaceAll("/$", "") + "/verify/" + certificate.getString("number"));
  }

  /**
   * The other order: the test passed first, the last lesson then completes the course in the learner's progress batch,
   * and the certificate is issued as that commits — with the name on the learner's token, before the learner lists
   * anything (the county admin's view of the learner's certificates issues nothing itself).
   */
  @Test
  void aTestPassedBeforeTheLessonsCompletesTheCourseWithTheLastLessonAndIssuesAtOnce() {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest("先考后学课程", new BigDecimal("1.0"));

    CourseCompletions.passTest(test);
    assertThat(CourseCompletions.progress(test, LEARNER).getBoolean("completed")).as("lessons not read").isFalse();
    CourseCompletions.readLessons(test);

    assertThat(CourseCompletions.progress(test, LEARNER).getBoolean("completed")).isTrue();
    List<JsonObject> seenByCounty = Api.get("/api/learning/certificates?learner=" + LEARNER, Tokens.of("taikang-admin"))
        .array().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonNumber("courseId").longValue() == test.course().id())
        .toList();
    assertThat(seenByCounty).hasSize(1);
    assertThat(seenByCounty.getFirst().getString("holderName")).isEqualTo("彭松宇");
  }

  @Test
  void anyoneVerifiesANumberWithoutATokenAndForgedOrMistypedNumbersAreNoCertificate() {
    String number = completedCertificate("核验课程").getString("number");

    Api.Answer valid = Api.get("/api/certificates/" + number, null);
    assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
    assertThat(valid.object().getString("maskedName")).isEqualTo("彭*宇");
    assertThat(valid.object().getBoolean("valid")).isTrue();
    assertThat(valid.object().getString("courseTitle")).startsWith("核验课程");
    assertThat(valid.object().getJsonNumber("creditHours").doubleValue()).isEqualTo(1.5);
    assertThat(valid.body()).doesNotContain("彭松宇", "learner", "411627");

    String mistyped = number.substring(0, 8) + (char) ('0' + (number.charAt(8) - '0' + 1) % 10) + number.substring(9);
    Api.Answer typo = Api.get("/api/certificates/" + mistyped, null);
    assertThat(typo.status()).isEqualTo(404);
    assertThat(typo.object().getString("type")).endsWith("certificate-number-mistyped");

    Api.Answer forged = Api.get("/api/certificates/" + forgedLike(number), null);
    assertThat(forged.status()).isEqualTo(404);
    assertThat(forged.object().getString("type")).endsWith("certificate-not-found");
    assertThat(forged.object().getString("title")).isEqualTo("没有这张证书");
    assertThat(Api.get("/api/learning/certificates/" + number + "/pdf", null).status())
        .as("only the verification is open; the certificate itself needs a token").isEqualTo(401);
  }

  @Test
  void onlyAdminsOfTheLearnersSubtreeRevokeAndTheVerificationSaysRevoked() {
    String number = completedCertificate("撤销课程").getString("number");
    String reason = "{\"reason\":\"考试替考，经核实撤销\"}";

    Api.Answer fromDancheng = Api.postJson("/api/learning/certificates/" + number + "/revocation",
        Tokens.of("dancheng-admin"), reason);
    assertThat(fromDancheng.status()).as("another county").isEqualTo(404);
    assertThat(fromDancheng.object().getString("type")).endsWith("certificate-not-found");
    assertThat(Api.postJson("/api/learning/certificates/" + number + "/revocation", Tokens.of(LEARNER), reason)
        .status()).as("learners cannot revoke").isEqualTo(403);
    assertThat(Api.get("/api/certificates/" + number, null).object().getBoolean("valid")).isTrue();

    Api.Answer revoked = Api.postJson("/api/learning/certificates/" + number + "/revocation",
        Tokens.of("taikang-admin"), reason);
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.object().getBoolean("valid")).isFalse();
    Api.Answer again = Api.postJson("/api/learning/certificates/" + number + "/revocation",
        Tokens.of("taikang-admin"), reason);
    assertThat(again.status()).isEqualTo(409);

    JsonObject verified = Api.get("/api/certificates/" + number, null).object();
    assertThat(verified.getBoolean("valid")).isFalse();
    assertThat(verified.getString("revokedOn")).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    JsonObject entry = Api.get("/api/audit?action=CERTIFICATE_REVOKED&subjectType=CERTIFICATE", Tokens.of("taikang-admin"))
        .object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("subjectId").equals(number)).findFirst().orElseThrow();
    assertThat(entry.getString("reason")).isEqualTo("考试替考，经核实撤销");
    assertThat(entry.getString("actorUsername")).isEqualTo("taikang-admin");
    assertThat(Api.get("/api/learning/certificates?learner=" + LEARNER, Tokens.of("dancheng-admin")).body())
        .as("another county's admin sees none of them").doesNotContain(number);
    assertThat(Api.get("/api/learning/certificates?learner=" + LEARNER, Tokens.of("taikang-admin")).body())
        .contains(number);
  }

  @Test
  void theLearningRecordListsCoursesAndTestsWithHoursBySourceForTheLearnerAndTheirCountyOnly() throws IOException {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest("档案课程", new BigDecimal("3.0"));
    CourseCompletions.readLessons(test);
    CourseCompletions.passTest(test);

    Api.Answer own = Api.get("/api/learning/records/" + YEAR, Tokens.of(LEARNER));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    JsonObject record = own.object();
    assertThat(record.getString("name")).isEqualTo("彭松宇");
    List<JsonObject> sections = record.getJsonArray("sections").getValuesAs(JsonObject.class);
    assertThat(sections).extracting(s -> s.getString("source")).startsWith("COURSES", "TESTS");
    assertThat(sections.get(0).getJsonArray("entries").getValuesAs(JsonObject.class))
        .anySatisfy(e -> {
          assertThat(e.getString("title")).isEqualTo(test.title());
          assertThat(e.getJsonNumber("creditHours").doubleValue()).isEqualTo(3.0);
        });
    assertThat(sections.get(1).getJsonArray("entries").getValuesAs(JsonObject.class))
        .anySatisfy(e -> {
          assertThat(e.getString("title")).isEqualTo("结业测试 " + test.title());
          assertThat(e.getString("detail")).startsWith("通过");
          assertThat(e.getJsonNumber("creditHours").doubleValue()).isEqualTo(0.5);
        });
    BigDecimal bySource = record.getJsonObject("creditHoursBySource").values().stream()
        .map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(bySource).isEqualByComparingTo(record.getJsonNumber("totalCreditHours").bigDecimalValue());

    String text = textOf(Api.getBytes("/api/learning/records/" + YEAR + "/pdf", Tokens.of(LEARNER)));
    assertThat(text).contains("学习档案（" + YEAR + "年度）", "彭松宇", test.title());

    assertThat(Api.get("/api/learning/records/" + YEAR + "?learner=" + LEARNER, Tokens.of("taikang-admin")).status())
        .isEqualTo(200);
    Api.Answer fromDancheng = Api.get("/api/learning/records/" + YEAR + "?learner=" + LEARNER, Tokens.of("dancheng-admin"));
    assertThat(fromDancheng.status()).isEqualTo(404);
    assertThat(fromDancheng.object().getString("type")).endsWith("learning-record-not-found");
    assertThat(Api.get("/api/learning/records/" + YEAR + "?learner=taikang-admin", Tokens.of(LEARNER)).status())
        .as("a learner reads only their own").isEqualTo(404);
  }

  /** A course completed by the demo learner, worth 1.5 hours, and its certificate. */
  private static JsonObject completedCertificate(String title) {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest(title, new BigDecimal("1.5"));
    CourseCompletions.readLessons(test);
    CourseCompletions.passTest(test);
    return certificatesFor(test).getFirst();
  }

  private static List<JsonObject> certificatesFor(CourseWithTest test) {
    Api.Answer answer = Api.get("/api/learning/certificates", Tokens.of(LEARNER));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonNumber("courseId").longValue() == test.course().id())
        .toList();
  }

  /**
   * A well-formed number of the same year with a fitting check digit that was never issued: a tiny serial, which the
   * random eight-digit draw is all but certain never to have produced.
   */
  private static String forgedLike(String number) {
    for (int serial = 0; serial < 100; serial++) {
      String digits = number.substring(3, 7) + "%08d".formatted(serial);
      String candidate = "ZX-" + number.substring(3, 7) + "-%08d-".formatted(serial) + luhn(digits);
      if (!candidate.equals(number)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no forged number");
  }

  private static int luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\n", "");
    }
  }
}
