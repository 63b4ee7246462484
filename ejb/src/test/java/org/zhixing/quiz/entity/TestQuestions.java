package org.zhixing.quiz.entity;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/** Questions for tests, with the ids the database would give them. */
public final class TestQuestions {

  private static final QuestionBank BANK = new QuestionBank("测试题库", "411627000000", "/411600000000/411627000000/", "trainer");

  private TestQuestions() {}

  public static Question of(long id, QuestionContent content) {
    var question = new Question(BANK, content);
    try {
      Field field = Question.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(question, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return question;
  }

  public static QuestionContent single(String answer, String... options) {
    return new QuestionContent(QuestionType.SINGLE_CHOICE, "五星支部创建的目标是？", List.of(options), List.of(answer),
        "见文件第一条", null, 3, Set.of());
  }

  public static QuestionContent tagged(QuestionType type, int difficulty, String... tags) {
    List<String> options = type.hasOptions() ? List.of("甲", "乙", "丙", "丁") : List.of();
    String answer = switch (type) {
      case SINGLE_CHOICE -> "A";
      case MULTIPLE_CHOICE -> "AB";
      case TRUE_FALSE -> "对";
      case FILL_IN -> "产业兴旺";
      case SHORT_ANSWER -> "要点";
    };
    return new QuestionContent(type, "题目 " + type + difficulty + String.join("", tags), options, List.of(answer), null,
        null, difficulty, Set.of(tags));
  }
}
