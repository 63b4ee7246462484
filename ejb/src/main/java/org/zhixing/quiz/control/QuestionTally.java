package org.zhixing.quiz.control;

import java.util.OptionalDouble;

/**
 * How the answers to one question of a paper fared over its graded attempts: asked (the question was in the attempt),
 * answered (something was given), correct (full points), and the same within the upper and the lower group of
 * attempts by total score (see {@link #groupSize(long)}).
 */
public record QuestionTally(long questionId, long asked, long answered, long correct, Group upper, Group lower) {

  /** The share of the attempts taken as the upper and as the lower group (Kelley's 27 %). */
  public static final double GROUP_SHARE = 0.27;

  /** Answers to the question within one score group. */
  public record Group(long asked, long correct) {

    OptionalDouble shareCorrect() {
      return asked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / asked);
    }
  }

  /**
   * How many attempts form the upper and the lower group among {@code graded}: 27 % rounded, at least one; none with
   * fewer than two attempts, where upper and lower would be the same attempt.
   */
  public static int groupSize(long graded) {
    return graded < 2 ? 0 : (int) Math.max(1, Math.round(graded * GROUP_SHARE));
  }

  /** Correct answers over answers asked (an unanswered question counts as wrong); empty when nobody was asked. */
  public OptionalDouble shareCorrect() {
    return asked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / asked);
  }

  /**
   * The discrimination index D = share correct in the upper group − share correct in the lower group, from −1 to 1:
   * near 0 or below, the question does not tell those who know the matter from those who do not. Empty when either
   * group was not asked the question (a drawn paper asks each question of some attempts only).
   */
  public OptionalDouble discrimination() {
    OptionalDouble top = upper.shareCorrect();
    OptionalDouble bottom = lower.shareCorrect();
    return top.isPresent() && bottom.isPresent()
        ? OptionalDouble.of(top.getAsDouble() - bottom.getAsDouble())
        : OptionalDouble.empty();
  }
}
