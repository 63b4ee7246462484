package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void theRateIsCompletedOverRequiredToFourPlaces() {
    assertThat(figures(3, 1).rate()).isEqualByComparingTo("0.3333");
    assertThat(figures(3, 2).rate()).isEqualByComparingTo("0.6667");
    assertThat(figures(8, 8).rate()).isEqualByComparingTo("1");
  }

  @Test
  void aGroupNobodyIsRequiredInHasRateZeroAndCountsAsCovered() {
    assertThat(Figures.NONE.rate()).isEqualByComparingTo("0");
    assertThat(Figures.NONE.allCompleted()).isTrue();
  }

  @Test
  void moreCompletedOrStartedThanRequiredIsRefused() {
    assertThatThrownBy(() -> figures(2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Figures(2, 1, 3, 0, BigDecimal.ZERO, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void childrenAddUpToTheirParentAndEveryRateStaysWithinZeroAndOne() {
    Random random = new Random(8);
    List<Figures> children = IntStream.range(0, 50).mapToObj(i -> {
      int required = random.nextInt(40);
      int started = required == 0 ? 0 : random.nextInt(required + 1);
      int completed = started == 0 ? 0 : random.nextInt(started + 1);
      return new Figures(required, completed, started, completed * 3L, BigDecimal.valueOf(completed * 2L), random.nextInt(3), 0);
    }).toList();

    Figures parent = children.stream().reduce(Figures.NONE, Figures::plus);

    assertThat(parent.required()).isEqualTo(children.stream().mapToLong(Figures::required).sum());
    assertThat(parent.completed()).isEqualTo(children.stream().mapToLong(Figures::completed).sum());
    assertThat(parent.creditHours()).isEqualByComparingTo(BigDecimal.valueOf(2 * parent.completed()));
    assertThat(children).allSatisfy(child -> assertThat(child.rate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    assertThat(parent.rate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
  }

  private static Figures figures(long required, long completed) {
    return new Figures(required, completed, completed, completed, BigDecimal.ZERO, 0, 0);
  }
}
