package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowProblemTest {

  @Test
  void anIdNumberIsQuotedMaskedEvenWhenMistypedOrDuplicated() {
    assertThat(new RowProblem(2, PeopleColumn.ID_NUMBER, RowProblem.Kind.INVALID_ID_NUMBER, "41162719800101123X").value())
        .isEqualTo("**************123X");
    assertThat(new RowProblem(3, PeopleColumn.ID_NUMBER, RowProblem.Kind.INVALID_ID_NUMBER, "4116271980010112").value())
        .isEqualTo("************0112");
    assertThat(new RowProblem(5, PeopleColumn.ID_NUMBER, RowProblem.Kind.DUPLICATE_IN_SHEET, "41162719800101123X (3)")
        .value()).isEqualTo("**************123X (3)");
  }

  @Test
  void otherColumnsAreQuotedAsTyped() {
    assertThat(new RowProblem(2, PeopleColumn.PHONE, RowProblem.Kind.INVALID_PHONE, "1381234567").value())
        .isEqualTo("1381234567");
  }
}
