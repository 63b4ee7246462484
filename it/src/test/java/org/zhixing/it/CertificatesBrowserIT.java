package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A learner who completed a course (lessons and required test) opens 我的证书 and downloads the certificate, and the
 * player of a course whose lessons are done but whose test is not passed says so; then someone without an account
 * opens the verification page the QR code leads to and sees it is valid, with the name masked.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aLearnerDownloadsTheirCertificateAndAnyoneVerifiesIt() throws IOException {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest("浏览器证书课程", new BigDecimal("2.0"));
    CourseCompletions.readLessons(test);
    CourseCompletions.passTest(test);
    CourseWithTest untested = CourseCompletions.courseWithRequiredTest("浏览器待考课程", BigDecimal.ONE);
    CourseCompletions.readLessons(untested);

    String number;
    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/certificates");
      browser.logInAs(CourseCompletions.LEARNER);
      browser.waitForText(testId("certificates-table"), test.title());
      number = Api.get("/api/learning/certificates", Tokens.of(CourseCompletions.LEARNER)).array()
          .getValuesAs(JsonObject.class).stream()
          .filter(c -> c.getJsonNumber("courseId").longValue() == test.course().id())
          .findFirst().orElseThrow().getString("number");
      browser.screenshot("learner-certificates");
      assertThat(browser.driver().findElement(testId("certificates-table")).getText())
          .as("lessons read, test not passed: no certificate").doesNotContain(untested.title());

      browser.visible(testId("certificate-pdf-" + number)).click();
      Path pdf = browser.downloaded(".pdf");
      assertThat(pdf.getFileName().toString()).isEqualTo("结业证书-" + number + ".pdf");
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        assertThat(new PDFTextStripper().getText(document).replace("\n", ""))
            .contains("彭松宇", "《" + test.title() + "》", number);
      }

      browser.open(Api.baseUrl() + "/learn/" + untested.course().id() + "/" + untested.course().lesson(0));
      browser.waitForText(testId("lesson-test-pending"), "结业测试 " + untested.title());
    }

    try (Browser anonymous = new Browser()) {
      anonymous.open(Api.baseUrl() + "/verify/" + number);
      anonymous.waitForText(testId("verify-status"), "有效");
      assertThat(anonymous.visible(testId("verify-name")).getText()).isEqualTo("彭*宇");
      assertThat(anonymous.visible(testId("verify-details")).getText()).contains(test.title(), number);
      anonymous.screenshot("anonymous-verification");
    }
  }
}
