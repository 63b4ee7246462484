package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveNumbersTest {

  @Test
  void countsGoByTheLevelBelowTheOrganizer() {
    assertThat(LiveNumbers.groupingPrefix("411600000000")).as("city by county").isEqualTo(6);
    assertThat(LiveNumbers.groupingPrefix("411627000000")).as("county by township").isEqualTo(9);
    assertThat(LiveNumbers.groupingPrefix("411627101000")).as("township by village").isEqualTo(12);
  }
}
