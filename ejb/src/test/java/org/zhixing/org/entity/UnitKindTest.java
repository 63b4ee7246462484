package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindTest {

  @Test
  void onlyVillagesAndCommunitiesAreGrassroots() {
    assertThat(Arrays.stream(UnitKind.values()).filter(UnitKind::isGrassroots))
        .containsExactlyInAnyOrder(UnitKind.VILLAGE, UnitKind.COMMUNITY);
  }

  @ParameterizedTest(name = "{0} under {1}")
  @CsvSource({"COUNTY, CITY", "TOWNSHIP, COUNTY", "VILLAGE, TOWNSHIP", "COMMUNITY, TOWNSHIP"})
  void eachKindFitsDirectlyUnderTheLevelAbove(UnitKind child, UnitKind parent) {
    assertThat(child.mayBeChildOf(parent)).isTrue();
  }

  @Test
  void eachKindHasExactlyOneParentKindExceptTheCityWhichHasNone() {
    for (UnitKind child : UnitKind.values()) {
      long parents = Arrays.stream(UnitKind.values()).filter(child::mayBeChildOf).count();
      assertThat(parents).as("parent kinds of %s", child).isEqualTo(child == UnitKind.CITY ? 0 : 1);
    }
  }

  @Test
  void nothingSitsUnderAVillageOrCommunity() {
    for (UnitKind child : UnitKind.values()) {
      assertThat(child.mayBeChildOf(UnitKind.VILLAGE)).isFalse();
      assertThat(child.mayBeChildOf(UnitKind.COMMUNITY)).isFalse();
    }
  }
}
