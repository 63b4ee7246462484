package org.zhixing.quiz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

  @Test
  void fillInTextIsComparedWithoutWidthSpacesOrCase() {
    assertThat(AnswerText.normalize("  ＧＤＰ　增长 2024 ")).isEqualTo("gdp增长2024");
    assertThat(AnswerText.normalize("ＡＢＣ\t１２３")).isEqualTo(AnswerText.normalize("abc 123"));
    assertThat(AnswerText.normalize(null)).isEmpty();
  }

  @Test
  void choiceKeysAreSortedUpperCaseWhateverTheSeparators() {
    assertThat(AnswerText.choiceKeys("c、a")).contains("AC");
    assertThat(AnswerText.choiceKeys("Ｂ，Ｄ，A")).contains("ABD");
    assertThat(AnswerText.choiceKeys("A A")).contains("A");
    assertThat(AnswerText.choiceKeys("甲")).isEmpty();
  }

  @Test
  void trueAndFalseAreReadAsTrainersWriteThem() {
    assertThat(AnswerText.trueFalse("正确")).contains("T");
    assertThat(AnswerText.trueFalse("×")).contains("F");
    assertThat(AnswerText.trueFalse("Ｔ")).contains("T");
    assertThat(AnswerText.trueFalse("不一定")).isEmpty();
  }
}
