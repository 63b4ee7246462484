package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhixing.org.entity.Position;

class PeopleFilterTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t\n", "　"})
  void blankNameMeansNoNameFilter(String name) {
    assertThat(new PeopleFilter(null, name).nameContains()).isNull();
  }

  @Test
  void nameIsStripped() {
    assertThat(new PeopleFilter(Position.FIRST_SECRETARY, "  王 ").nameContains()).isEqualTo("王");
  }

  @Test
  void positionIsKept() {
    assertThat(new PeopleFilter(Position.FIRST_SECRETARY, null).position()).isEqualTo(Position.FIRST_SECRETARY);
  }

  @Test
  void everyoneFiltersNothing() {
    assertThat(PeopleFilter.everyone()).isEqualTo(new PeopleFilter(null, null));
    assertThat(PeopleFilter.everyone().position()).isNull();
    assertThat(PeopleFilter.everyone().nameContains()).isNull();
  }
}
