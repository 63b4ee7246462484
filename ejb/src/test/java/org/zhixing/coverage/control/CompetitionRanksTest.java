package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRanksTest {

  @Test
  void equalValuesShareARankAndTheNextSkipsAsManyPlaces() {
    List<BigDecimal> rates = List.of(new BigDecimal("0.5000"), new BigDecimal("0.9000"), new BigDecimal("0.90"),
        new BigDecimal("0.1000"));

    assertThat(CompetitionRanks.of(rates)).containsExactly(3, 1, 1, 4);
  }

  @Test
  void everyoneAtZeroIsFirst() {
    assertThat(CompetitionRanks.of(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))).containsExactly(1, 1, 1);
  }

  @Test
  void theMonthsRateGainIsCompletionsWithinTheMonthOverRequired() {
    Figures figures = new Figures(300, 120, 200, 500, BigDecimal.TEN, 2, 0);

    assertThat(new RankingSums.UnitSums("411627000000", "411600000000", figures, 37).monthRateGain())
        .isEqualByComparingTo("0.1233");
    assertThat(new RankingSums.UnitSums("411627000000", "411600000000", Figures.NONE, 0).monthRateGain())
        .as("nobody required gains nothing").isEqualByComparingTo("0");
  }
}
