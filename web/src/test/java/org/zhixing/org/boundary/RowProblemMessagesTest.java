package org.zhixing.org.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhixing.org.control.RowProblem;
import org.zhixing.platform.problem.ProblemMessages;

/** Every problem a sheet row can have must read well in the import report, in Chinese and in English. */
class RowProblemMessagesTest {

  @ParameterizedTest
  @EnumSource(RowProblem.Kind.class)
  void everyRowProblemHasAMessageInBothLanguages(RowProblem.Kind kind) {
    for (Locale locale : List.of(ProblemMessages.CHINESE, Locale.ENGLISH)) {
      String message = ProblemMessages.detail("people-row-" + kind.slug(), locale, List.of("手机号", "138"));
      assertThat(message).as("%s in %s", kind, locale).isNotBlank().doesNotContain("{");
    }
  }
}
