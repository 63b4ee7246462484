package org.zhixing.certificate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

  @Test
  void theFirstAndLastCharactersStay() {
    assertThat(MaskedName.of("王建国")).isEqualTo("王*国");
    assertThat(MaskedName.of("欧阳建国")).isEqualTo("欧**国");
    assertThat(MaskedName.of("彭松宇")).isEqualTo("彭*宇");
  }

  @Test
  void shortNamesShowOnlyTheirFirstCharacter() {
    assertThat(MaskedName.of("王五")).isEqualTo("王*");
    assertThat(MaskedName.of("王")).isEqualTo("*");
    assertThat(MaskedName.of("")).isEqualTo("*");
    assertThat(MaskedName.of(null)).isEqualTo("*");
  }

  @Test
  void charactersOutsideTheBasicPlaneCountOnce() {
    assertThat(MaskedName.of("𠀀建𠀁")).isEqualTo("𠀀*𠀁");
    assertThat(MaskedName.of("  李四光 ")).isEqualTo("李*光");
  }
}
