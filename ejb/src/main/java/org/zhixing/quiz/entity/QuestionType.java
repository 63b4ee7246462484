package org.zhixing.quiz.entity;

/** The kinds of question a bank holds; all but short answers are graded by the server the moment they are submitted. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  TRUE_FALSE,
  FILL_IN,
  SHORT_ANSWER;

  public boolean objective() {
    return this != SHORT_ANSWER;
  }

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
