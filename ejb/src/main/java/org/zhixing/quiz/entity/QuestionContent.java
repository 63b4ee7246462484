package org.zhixing.quiz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a trainer writes for a question, checked as a whole: the form and the sheet import report the same problems.
 *
 * @param options the options of a choice question, A first; empty for other types
 * @param answer choices: the keys (A, AC); true/false: T or F; fill-in: one entry per blank, variants split by |;
 *     short answer: a reference answer or nothing
 * @param difficulty 1 (easy) to 5 (hard)
 */
public record QuestionContent(
    QuestionType type,
    String stem,
    List<String> options,
    List<String> answer,
    String explanation,
    String rubric,
    int difficulty,
    Set<String> tags) {

  public static final int MAX_OPTIONS = 6;
  public static final int MAX_STEM = 4000;
  public static final int MAX_OPTION = 1000;
  public static final int MAX_TAG = 60;

  /** Everything that can be wrong with a question; the slug names the message. */
  public enum Problem {
    MISSING_TYPE,
    MISSING_STEM,
    STEM_TOO_LONG,
    TOO_FEW_OPTIONS,
    TOO_MANY_OPTIONS,
    OPTION_TOO_LONG,
    OPTIONS_NOT_ALLOWED,
    MISSING_ANSWER,
    ANSWER_NOT_AN_OPTION,
    SINGLE_CHOICE_WITH_SEVERAL_ANSWERS,
    INVALID_TRUE_FALSE,
    INVALID_DIFFICULTY,
    TAG_TOO_LONG;

    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public QuestionContent {
    stem = stem == null ? "" : stem.strip();
    options = options == null ? List.of() : options.stream().map(String::strip).toList();
    answer = answer == null ? List.of() : answer.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    explanation = blankToNull(explanation);
    rubric = blankToNull(rubric);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }

  /** The problems of this question, none when it may be saved. */
  public List<Problem> problems() {
    var problems = new ArrayList<Problem>();
    if (type == null) {
      problems.add(Problem.MISSING_TYPE);
    }
    if (stem.isEmpty()) {
      problems.add(Problem.MISSING_STEM);
    } else if (stem.length() > MAX_STEM) {
      problems.add(Problem.STEM_TOO_LONG);
    }
    if (type != null) {
      problems.addAll(answerProblems());
    }
    if (difficulty < 1 || difficulty > 5) {
      problems.add(Problem.INVALID_DIFFICULTY);
    }
    if (tags.stream().anyMatch(tag -> tag.isBlank() || tag.length() > MAX_TAG)) {
      problems.add(Problem.TAG_TOO_LONG);
    }
    return problems;
  }

  private List<Problem> answerProblems() {
    if (!type.hasOptions() && !options.isEmpty()) {
      return List.of(Problem.OPTIONS_NOT_ALLOWED);
    }
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceProblems();
      case TRUE_FALSE -> answer.size() == 1 && AnswerText.trueFalse(answer.getFirst()).isPresent()
          ? List.of()
          : List.of(answer.isEmpty() ? Problem.MISSING_ANSWER : Problem.INVALID_TRUE_FALSE);
      case FILL_IN -> answer.isEmpty() ? List.of(Problem.MISSING_ANSWER) : List.of();
      case SHORT_ANSWER -> List.of();
    };
  }

  private List<Problem> choiceProblems() {
    var problems = new ArrayList<Problem>();
    if (options.size() < 2 || options.stream().anyMatch(String::isEmpty)) {
      problems.add(Problem.TOO_FEW_OPTIONS);
    } else if (options.size() > MAX_OPTIONS) {
      problems.add(Problem.TOO_MANY_OPTIONS);
    } else if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
      problems.add(Problem.OPTION_TOO_LONG);
    }
    String keys = answer.isEmpty() ? "" : AnswerText.choiceKeys(String.join("", answer)).orElse("?");
    if (keys.isEmpty()) {
      problems.add(Problem.MISSING_ANSWER);
    } else if (keys.chars().anyMatch(key -> key - 'A' >= options.size() || key < 'A')) {
      problems.add(Problem.ANSWER_NOT_AN_OPTION);
    } else if (type == QuestionType.SINGLE_CHOICE && keys.length() > 1) {
      problems.add(Problem.SINGLE_CHOICE_WITH_SEVERAL_ANSWERS);
    }
    return problems;
  }

  /** The answer as stored: canonical keys, T/F, blanks one per line; null for a short answer without reference. */
  String storedAnswer() {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> AnswerText.choiceKeys(String.join("", answer)).orElseThrow();
      case TRUE_FALSE -> AnswerText.trueFalse(answer.getFirst()).orElseThrow();
      case FILL_IN, SHORT_ANSWER -> answer.isEmpty() ? null : String.join("\n", answer);
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
