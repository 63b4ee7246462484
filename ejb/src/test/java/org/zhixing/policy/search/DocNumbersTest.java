package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "豫组〔2022〕12号", "豫组[2022]12号", "豫组(2022)12号", "豫组（2022）12号", "豫组2022 12号", "豫组〔2022〕12",
    " 豫组 〔 2022 〕 12 号 ", "豫组【2022】12号", "豫组［2022］12号", "豫组〔２０２２〕１２号", "豫组〔2022〕第12号",
    "豫组〔2022〕012号", "豫组202212号"
  })
  void everyWayOfWritingADocumentNumberNormalizesToOneKey(String written) {
    assertThat(DocNumbers.normalize(written)).isEqualTo("豫组〔2022〕12号");
  }

  @Test
  void differentNumbersStayDifferent() {
    assertThat(DocNumbers.normalize("豫组〔2022〕12号")).isNotEqualTo(DocNumbers.normalize("豫组〔2022〕1号"));
    assertThat(DocNumbers.normalize("豫组〔2022〕12号")).isNotEqualTo(DocNumbers.normalize("洛组〔2022〕12号"));
    assertThat(DocNumbers.normalize("豫组〔2022〕12号")).isNotEqualTo(DocNumbers.normalize("豫组〔2021〕12号"));
  }

  @Test
  void longerIssuerCodesAreKept() {
    assertThat(DocNumbers.normalize("组通字(2021)36号")).isEqualTo("组通字〔2021〕36号");
    assertThat(DocNumbers.normalize("国办发明电〔2020〕5号")).isEqualTo("国办发明电〔2020〕5号");
  }

  @Test
  void textThatIsNotShapedLikeADocumentNumberKeepsItsCharacters() {
    assertThat(DocNumbers.normalize("内部 通报 A")).isEqualTo("内部通报a");
    assertThat(DocNumbers.normalize("  ")).isEmpty();
    assertThat(DocNumbers.normalize(null)).isEmpty();
  }

  @Test
  void documentNumbersAreFoundInsideOtherText() {
    assertThat(DocNumbers.findIn("请查阅豫组(2022)12号文件")).contains("豫组〔2022〕12号");
    assertThat(DocNumbers.findIn("软弱涣散 豫组2022 12号")).contains("豫组〔2022〕12号");
    assertThat(DocNumbers.findIn("2022年12月的通知")).isEmpty();
    assertThat(DocNumbers.findIn("软弱涣散村整顿")).isEmpty();
  }

  @Test
  void bareFormsAreLettersAndDigitsForPrefixMatching() {
    assertThat(DocNumbers.bare("豫组〔2022〕12号")).isEqualTo("豫组202212号");
    assertThat(DocNumbers.bare("豫组(2022)1")).isEqualTo("豫组20221");
    assertThat(DocNumbers.bare("豫组202212号")).startsWith(DocNumbers.bare("豫组（2022）1"));
  }
}
