package org.zhixing.quiz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionScoreTest {

  private static final BigDecimal TWO = new BigDecimal("2");

  @Test
  void singleChoiceScoresTheRightKeyOnly() {
    Question question = TestQuestions.of(1, TestQuestions.single("B", "产业兴旺", "生态宜居", "乡风文明"));

    assertThat(question.score(List.of("B"), TWO)).isEqualByComparingTo("2");
    assertThat(question.score(List.of("b"), TWO)).as("case does not matter").isEqualByComparingTo("2");
    assertThat(question.score(List.of("A"), TWO)).isZero();
    assertThat(question.score(List.of("A", "B"), TWO)).isZero();
    assertThat(question.score(List.of(), TWO)).isZero();
    assertThat(question.score(null, TWO)).isZero();
  }

  @Test
  void multipleChoiceScoresOnlyTheExactSetInAnyOrder() {
    Question question = TestQuestions.of(1, new QuestionContent(QuestionType.MULTIPLE_CHOICE, "哪些属于五星？",
        List.of("支部过硬", "产业兴旺", "打麻将", "生态宜居"), List.of("A、B、D"), null, null, 2, Set.of()));

    assertThat(question.answer()).isEqualTo("ABD");
    assertThat(question.score(List.of("D", "A", "B"), TWO)).isEqualByComparingTo("2");
    assertThat(question.score(List.of("ABD"), TWO)).isEqualByComparingTo("2");
    assertThat(question.score(List.of("A", "B"), TWO)).as("missing one").isZero();
    assertThat(question.score(List.of("A", "B", "C", "D"), TWO)).as("one too many").isZero();
  }

  @Test
  void trueFalseReadsTheWaysPeopleWriteIt() {
    Question yes = TestQuestions.of(1, new QuestionContent(QuestionType.TRUE_FALSE, "驻村第一书记由县委选派。", List.of(),
        List.of("√"), null, null, 1, Set.of()));

    assertThat(yes.answer()).isEqualTo("T");
    for (String written : List.of("T", "对", "正确", "true", "✓")) {
      assertThat(yes.score(List.of(written), TWO)).as(written).isEqualByComparingTo("2");
    }
    assertThat(yes.score(List.of("F"), TWO)).isZero();
    assertThat(yes.score(List.of("错"), TWO)).isZero();
    assertThat(yes.score(List.of("也许"), TWO)).isZero();
  }

  @Test
  void fillInAcceptsVariantsWhateverWidthSpacingAndCaseAndScoresPerBlank() {
    Question question = TestQuestions.of(1, new QuestionContent(QuestionType.FILL_IN, "“五星”支部包括____和____。",
        List.of(), List.of("支部过硬|支部建设过硬", "GDP 增长|经济发展"), null, null, 3, Set.of()));

    assertThat(question.score(List.of("支部过硬", "经济发展"), TWO)).isEqualByComparingTo("2");
    assertThat(question.score(List.of(" 支部建设过硬 ", "ｇｄｐ　增长"), TWO)).as("full-width, ideographic space, case")
        .isEqualByComparingTo("2");
    assertThat(question.score(List.of("支 部 过 硬", "gdp增长"), TWO)).isEqualByComparingTo("2");
    assertThat(question.score(List.of("支部过硬", "人口增长"), TWO)).as("one of two blanks").isEqualByComparingTo("1");
    assertThat(question.score(List.of("", ""), TWO)).isZero();
    assertThat(question.score(List.of("支部过硬"), TWO)).as("second blank unanswered").isEqualByComparingTo("1");
  }

  @Test
  void shortAnswersAreLeftForATrainer() {
    Question question = TestQuestions.of(1, new QuestionContent(QuestionType.SHORT_ANSWER, "谈谈如何创建五星支部。",
        List.of(), List.of(), null, "要点：组织、产业、治理", 4, Set.of()));

    assertThat(question.score(List.of("我认为……"), TWO)).isNull();
    assertThat(question.rubric()).isEqualTo("要点：组织、产业、治理");
  }

  @Test
  void aQuestionWithProblemsIsNotSaved() {
    assertThatThrownBy(() -> TestQuestions.of(1, TestQuestions.single("E", "甲", "乙", "丙")))
        .isInstanceOf(InvalidQuestionException.class)
        .hasMessageContaining("answer-not-an-option");
  }

  @Test
  void contentProblemsAreReportedAllAtOnce() {
    var content = new QuestionContent(QuestionType.SINGLE_CHOICE, " ", List.of("只有一个"), List.of("AB"), null, null, 9,
        Set.of("x".repeat(61)));

    assertThat(content.problems()).containsExactly(QuestionContent.Problem.MISSING_STEM,
        QuestionContent.Problem.TOO_FEW_OPTIONS, QuestionContent.Problem.ANSWER_NOT_AN_OPTION,
        QuestionContent.Problem.INVALID_DIFFICULTY, QuestionContent.Problem.TAG_TOO_LONG);
  }

  @Test
  void aSingleChoiceWithTwoKeysAndAJudgementWithoutTruthAreProblems() {
    assertThat(TestQuestions.single("AB", "甲", "乙").problems())
        .containsExactly(QuestionContent.Problem.SINGLE_CHOICE_WITH_SEVERAL_ANSWERS);
    assertThat(new QuestionContent(QuestionType.TRUE_FALSE, "题", List.of(), List.of("大概"), null, null, 1, Set.of())
        .problems()).containsExactly(QuestionContent.Problem.INVALID_TRUE_FALSE);
    assertThat(new QuestionContent(QuestionType.TRUE_FALSE, "题", List.of("甲", "乙"), List.of("对"), null, null, 1, Set.of())
        .problems()).containsExactly(QuestionContent.Problem.OPTIONS_NOT_ALLOWED);
  }
}
