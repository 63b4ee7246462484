package org.zhixing.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Item analysis on a paper of ten graded attempts, worked out by hand:
 *
 * <pre>
 * attempt  score  Q1  Q2
 * A        95     ✓   ✓    upper 27 % of 10 = 2.7 → 3 attempts: A, B, C
 * B        90     ✓   ✗
 * C        85     ✓   ✓
 * D        80     ✗   ✓
 * E        70     ✓   ✗
 * F        60     ✗   ✓
 * G        50     ✓   ✗
 * H        40     ✗   ✓    lower 3 attempts: H, I, J
 * I        30     ✗   ✓
 * J        20     ✗   ✗
 * </pre>
 *
 * Q1: 5 of 10 correct; upper 3/3, lower 0/3, so D = 1 − 0 = 1. Q2: 6 of 10; upper 2/3, lower 2/3, so D = 0: the
 * strong and the weak get it right alike, it tells them apart not at all.
 */
class QuestionTallyTest {

  private static final QuestionTally Q1 =
      new QuestionTally(1, 10, 10, 5, new QuestionTally.Group(3, 3), new QuestionTally.Group(3, 0));
  private static final QuestionTally Q2 =
      new QuestionTally(2, 10, 9, 6, new QuestionTally.Group(3, 2), new QuestionTally.Group(3, 2));

  @Test
  void theGroupsAreTwentySevenPercentOfTheGradedAttemptsRounded() {
    assertThat(QuestionTally.groupSize(10)).isEqualTo(3);
    assertThat(QuestionTally.groupSize(100)).isEqualTo(27);
    assertThat(QuestionTally.groupSize(5000)).isEqualTo(1350);
    assertThat(QuestionTally.groupSize(3)).as("0.81 rounds to 1").isEqualTo(1);
    assertThat(QuestionTally.groupSize(2)).isEqualTo(1);
  }

  @Test
  void oneAttemptOrNoneHasNoGroups() {
    assertThat(QuestionTally.groupSize(1)).isZero();
    assertThat(QuestionTally.groupSize(0)).isZero();
  }

  @Test
  void shareCorrectCountsEveryAskedAnswer() {
    assertThat(Q1.shareCorrect()).hasValue(0.5);
    assertThat(Q2.shareCorrect()).as("an unanswered question counts as wrong").hasValue(0.6);
  }

  @Test
  void discriminationIsTheUpperShareLessTheLowerShare() {
    assertThat(Q1.discrimination().getAsDouble()).isEqualTo(1.0, within(1e-9));
    assertThat(Q2.discrimination().getAsDouble()).isEqualTo(0.0, within(1e-9));
    var reversed = new QuestionTally(3, 10, 10, 4, new QuestionTally.Group(3, 0), new QuestionTally.Group(3, 2));
    assertThat(reversed.discrimination().getAsDouble()).as("the weak do better: a suspect question")
        .isEqualTo(-2.0 / 3, within(1e-9));
  }

  @Test
  void aQuestionNoAttemptOfAGroupWasAskedHasNoDiscrimination() {
    var drawn = new QuestionTally(4, 2, 2, 1, new QuestionTally.Group(0, 0), new QuestionTally.Group(2, 1));
    assertThat(drawn.discrimination()).isEmpty();
    assertThat(new QuestionTally(5, 0, 0, 0, new QuestionTally.Group(0, 0), new QuestionTally.Group(0, 0)).shareCorrect())
        .isEmpty();
  }
}
