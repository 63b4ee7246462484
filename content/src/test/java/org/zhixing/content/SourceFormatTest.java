package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceFormatTest {

  @Test
  void countyRowIsReadColumnByColumn() {
    CountySource county = CountySource.parse(
        line("411627\t太康县\t县\t0\t17\t6\t580\t29\tyes\t大许寨镇"));
    assertThat(county).isEqualTo(new CountySource("411627", "太康县", "县", 0, 17, 6, 580, 29, true,
        List.of("大许寨镇")));
    assertThat(county.unitCode()).isEqualTo("411627000000");
    assertThat(county.townships()).isEqualTo(23);
  }

  @Test
  void countyRowWithAMissingColumnIsRejectedWithItsLineNumber() {
    assertThatThrownBy(() -> CountySource.parse(line("411627\t太康县\t县\t0\t17\t6\t580\t29\tyes")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("counties.tsv, line 7")
        .hasMessageContaining("expected 10 tab-separated columns, found 9");
  }

  @Test
  void seedTownshipOfAnUnknownTypeIsRejected() {
    assertThatThrownBy(() -> CountySource.parse(line("411627\t太康县\t县\t0\t17\t6\t580\t29\tyes\t大许寨村")))
        .hasMessageContaining("must end with 街道, 镇 or 乡");
  }

  @Test
  void splitAddsUpExactlyAndKeepsTheMinimum() {
    int[] parts = Draws.split(100, new double[] {0.7, 1.15, 0.95, 1.15, 0.01}, 4);
    assertThat(Arrays.stream(parts).sum()).isEqualTo(100);
    assertThat(Arrays.stream(parts).min().orElseThrow()).isGreaterThanOrEqualTo(4);
    assertThat(parts[1]).isGreaterThan(parts[0]);
    assertThat(Draws.split(100, new double[] {0.7, 1.15, 0.95, 1.15, 0.01}, 4)).isEqualTo(parts);
  }

  @Test
  void chooseMarksExactlyTheWantedNumber() {
    boolean[] chosen = Draws.choose(29, 580, new Random(1));
    int marked = 0;
    for (boolean isChosen : chosen) {
      marked += isChosen ? 1 : 0;
    }
    assertThat(marked).isEqualTo(29);
  }

  private static SourceLine line(String text) {
    return new SourceLine("counties.tsv", 7, text);
  }
}
