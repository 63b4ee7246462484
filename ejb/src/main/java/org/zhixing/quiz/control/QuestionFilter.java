package org.zhixing.quiz.control;

import org.zhixing.quiz.entity.QuestionType;

/** Narrows a bank's question list; null parts match anything. {@code text} is looked for in the stem. */
public record QuestionFilter(QuestionType type, String tag, Integer difficulty, String text) {

  public static final QuestionFilter ALL = new QuestionFilter(null, null, null, null);
}
