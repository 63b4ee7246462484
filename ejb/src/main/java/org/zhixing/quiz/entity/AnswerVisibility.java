package org.zhixing.quiz.entity;

/** When a learner may see the correct answers and explanations of a paper they took. */
public enum AnswerVisibility {
  /** As soon as their attempt is submitted. */
  AFTER_SUBMIT,
  /** Once the paper closes, so that nobody passes the answers to someone still taking it. */
  AFTER_CLOSE,
  /** Never: the learner sees only their score. */
  NEVER
}
