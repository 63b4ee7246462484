package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VillageCategoriesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void starTargetFromOneToFiveIsAccepted(int stars) {
    assertThat(new VillageCategories(stars, null, false).starTarget()).isEqualTo(stars);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void starTargetOutsideOneToFiveIsRejected(int stars) {
    assertThatIllegalArgumentException().isThrownBy(() -> new VillageCategories(stars, null, false));
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 2024, 2100})
  void weakYearWithinRangeMakesTheVillageWeakAndLax(int year) {
    VillageCategories categories = new VillageCategories(null, year, false);
    assertThat(categories.weakYear()).isEqualTo(year);
    assertThat(categories.isWeakAndLax()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2101, 24})
  void weakYearOutOfRangeIsRejected(int year) {
    assertThatIllegalArgumentException().isThrownBy(() -> new VillageCategories(null, year, false));
  }

  @Test
  void noneHasNoTargetIsNotWeakAndNotPovertyAlleviated() {
    VillageCategories none = VillageCategories.none();
    assertThat(none.starTarget()).isNull();
    assertThat(none.weakYear()).isNull();
    assertThat(none.isWeakAndLax()).isFalse();
    assertThat(none.povertyAlleviated()).isFalse();
  }
}
