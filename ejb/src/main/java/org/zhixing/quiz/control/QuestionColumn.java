package org.zhixing.quiz.control;

import java.util.List;
import org.zhixing.platform.sheet.HeaderKey;
import org.zhixing.platform.sheet.HeaderNames;

/**
 * The columns of the question sheets trainers keep (题型, 题干, 选项A–F, 答案, 解析, 难度, 标签, and for short
 * answers 评分标准), each with the header an
 * export writes and other names seen for it, compared as {@link HeaderKey keys}.
 */
public enum QuestionColumn {
  TYPE("题型", "题目类型", "类型"),
  STEM("题干", "题目", "试题内容", "题目内容"),
  OPTION_A("选项A", "A"),
  OPTION_B("选项B", "B"),
  OPTION_C("选项C", "C"),
  OPTION_D("选项D", "D"),
  OPTION_E("选项E", "E"),
  OPTION_F("选项F", "F"),
  ANSWER("答案", "正确答案", "参考答案", "标准答案"),
  EXPLANATION("解析", "答案解析", "试题解析"),
  DIFFICULTY("难度", "难易程度", "难易度"),
  TAGS("标签", "知识点", "标记"),
  /** Not in every sheet: what a trainer looks for when grading a short answer. */
  RUBRIC("评分标准", "评分要点", "评分细则");

  /** The option columns, A first. */
  public static final List<QuestionColumn> OPTIONS = List.of(OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F);

  private final HeaderNames names;

  QuestionColumn(String header, String... otherNames) {
    this.names = new HeaderNames(header, otherNames);
  }

  /** The header an exported sheet carries, the one the template uses. */
  public String header() {
    return names.header();
  }

  boolean isNamed(String key) {
    return names.matches(key);
  }
}
