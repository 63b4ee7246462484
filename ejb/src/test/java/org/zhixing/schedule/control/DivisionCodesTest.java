package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionCodesTest {

  @Test
  void aSubtreeIsTheCodesStartingWithItsSignificantDigits() {
    assertThat(DivisionCodes.subtreePrefix("411600000000")).as("city").isEqualTo("4116");
    assertThat(DivisionCodes.subtreePrefix("411627000000")).as("county").isEqualTo("411627");
    assertThat(DivisionCodes.subtreePrefix("411627101000")).as("township").isEqualTo("411627101");
    assertThat(DivisionCodes.subtreePrefix("411627101201")).as("village").isEqualTo("411627101201");
  }
}
