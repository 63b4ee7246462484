package org.zhixing.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemsTest {

  private static final String INSTANCE = "/api/org-units/411627101201";

  @Test
  void typeIsAUrnNamedByTheSlug() {
    Problem problem = Problems.of("out-of-scope", 403, Locale.ENGLISH, INSTANCE, List.of("411627101201"));
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:out-of-scope"));
    assertThat(problem.status()).isEqualTo(403);
    assertThat(problem.title()).isEqualTo("Outside your scope");
    assertThat(problem.detail()).contains("411627101201");
    assertThat(problem.instance()).isEqualTo(INSTANCE);
    assertThat(problem.errorId()).isNull();
    assertThat(problem.violations()).isNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "401, unauthorized, Sign-in required",
    "403, forbidden, Forbidden",
    "404, not-found, Not found",
    "405, method-not-allowed, Method not allowed"
  })
  void knownStatusesGetTheirOwnType(int status, String slug, String title) {
    Problem problem = Problems.forStatus(status, Locale.ENGLISH, INSTANCE);
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:" + slug));
    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.title()).isEqualTo(title);
  }

  @Test
  void unknownClientErrorIsABadRequestWithItsOwnStatus() {
    Problem problem = Problems.forStatus(418, ProblemMessages.CHINESE, INSTANCE);
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:bad-request"));
    assertThat(problem.status()).isEqualTo(418);
    assertThat(problem.title()).isEqualTo("请求有误");
  }

  @Test
  void unknownServerErrorIsAnInternalError() {
    Problem problem = Problems.forStatus(503, Locale.ENGLISH, INSTANCE);
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:internal"));
    assertThat(problem.status()).isEqualTo(500);
  }

  @Test
  void internalCarriesTheErrorIdInFieldAndDetail() {
    Problem problem = Problems.internal(ProblemMessages.CHINESE, INSTANCE, "7f3c-42");
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:internal"));
    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.errorId()).isEqualTo("7f3c-42");
    assertThat(problem.detail()).contains("7f3c-42");
    assertThat(problem.instance()).isEqualTo(INSTANCE);
  }

  @Test
  void validationCarriesTheViolationsAndCountsThemInTheDetail() {
    List<Problem.Violation> violations =
        List.of(new Problem.Violation("page", "must be at least 1"), new Problem.Violation("size", "must be at most 200"));
    Problem problem = Problems.validation(Locale.ENGLISH, INSTANCE, violations);
    assertThat(problem.type()).isEqualTo(URI.create("urn:zhixing:problem:validation"));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.violations()).containsExactlyElementsOf(violations);
    assertThat(problem.detail()).isEqualTo("2 input value(s) are not acceptable.");
    assertThat(Problems.validation(ProblemMessages.CHINESE, INSTANCE, violations).detail()).isEqualTo("有 2 项输入不符合要求。");
    assertThat(problem.errorId()).isNull();
  }
}
