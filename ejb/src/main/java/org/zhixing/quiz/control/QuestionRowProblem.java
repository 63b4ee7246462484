package org.zhixing.quiz.control;

/**
 * What is wrong with one row of a question sheet, for the import report.
 *
 * @param column the column at fault, or null for the row as a whole
 * @param code the problem's slug, which names its message ({@code quiz-row-<code>})
 * @param value the cell as it was, so the report can quote it
 */
public record QuestionRowProblem(int row, QuestionColumn column, String code, String value) {}
