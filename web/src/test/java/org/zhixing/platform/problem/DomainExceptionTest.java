package org.zhixing.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhixing.org.control.NoOrgScopeException;
import org.zhixing.org.control.OrgUnitNotFoundException;
import org.zhixing.org.control.OutOfScopeException;

/** Every domain exception must have its texts in both languages, or its problem cannot be rendered. */
class DomainExceptionTest {

  static Stream<DomainException> exceptions() {
    return Stream.of(
        new OrgUnitNotFoundException("411627101201"),
        new OutOfScopeException("411627101201"),
        new NoOrgScopeException("wangjg"),
        new InvalidParameterException("position", "MAYOR"));
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void everyDomainExceptionHasATitleAndDetailInChineseAndEnglish(DomainException e) {
    for (Locale locale : List.of(ProblemMessages.CHINESE, Locale.ENGLISH)) {
      assertThat(ProblemMessages.title(e.type(), locale)).as("%s title in %s", e.type(), locale).isNotBlank();
      assertThat(ProblemMessages.detail(e.type(), locale, e.arguments()))
          .as("%s detail in %s", e.type(), locale)
          .contains(e.arguments().get(0).toString())
          .doesNotContain("{");
    }
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void everyDomainExceptionIsAClientError(DomainException e) {
    assertThat(e.status()).isBetween(400, 499);
  }
}
