package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PositionTest {

  @Test
  void onlyFirstSecretariesAndResidentCadresAreDispatched() {
    assertThat(Arrays.stream(Position.values()).filter(Position::isDispatched))
        .containsExactlyInAnyOrder(Position.FIRST_SECRETARY, Position.RESIDENT_CADRE);
  }
}
