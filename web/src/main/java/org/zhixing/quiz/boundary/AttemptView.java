package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.AttemptStatus;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/**
 * An attempt as its learner sees it. The clock is the server's: {@code deadline} and {@code serverTime} let the page
 * count down without trusting the device's clock. Correct answers, explanations, per-question scores and comments are
 * in it only when {@code answersVisible}; before that those fields are null, whatever the client asks. Options come
 * in this attempt's order, each with its authored key, which is what an answer names. {@code creditHours} are those
 * a pass earned (学时), once per paper.
 */
public record AttemptView(
    UUID id,
    long paperId,
    String paperTitle,
    int number,
    AttemptStatus status,
    Instant startedAt,
    Instant deadline,
    Instant serverTime,
    long remainingMillis,
    Instant submittedAt,
    boolean autoSubmitted,
    BigDecimal maxScore,
    BigDecimal passScore,
    BigDecimal score,
    Boolean passed,
    BigDecimal creditHours,
    boolean answersVisible,
    List<ItemView> items) {

  /** An option: the key an answer names (A is the first option as authored) and its text. */
  public record OptionView(String key, String text) {}

  /**
   * A question of the attempt, numbered from 1.
   *
   * @param blanks how many blanks a fill-in question has (0 for other types)
   * @param imageUrl the question's picture, a signed link relative to the application's root, or null
   */
  public record ItemView(
      int position,
      QuestionType type,
      String stem,
      List<OptionView> options,
      int blanks,
      BigDecimal points,
      List<String> response,
      Instant savedAt,
      BigDecimal score,
      List<String> correctAnswer,
      String explanation,
      String comment,
      String imageUrl) {}

  static AttemptView of(AttemptSheet sheet) {
    Attempt attempt = sheet.attempt();
    boolean visible = sheet.answersVisible();
    var items = new ArrayList<ItemView>();
    List<AttemptItem> attemptItems = attempt.items();
    for (int i = 0; i < attemptItems.size(); i++) {
      items.add(item(sheet, i + 1, attemptItems.get(i), visible));
    }
    long remaining = attempt.isOpen() ? Math.max(0, Duration.between(sheet.now(), attempt.deadline()).toMillis()) : 0;
    return new AttemptView(attempt.id(), attempt.paper().id(), attempt.paper().title(), attempt.number(),
        attempt.status(), attempt.startedAt(), attempt.deadline(), sheet.now(), remaining, attempt.submittedAt(),
        attempt.autoSubmitted(), attempt.maxScore(), attempt.paper().passScore(), attempt.score(), attempt.passed(),
        sheet.creditHours(), visible, List.copyOf(items));
  }

  private static ItemView item(AttemptSheet sheet, int position, AttemptItem item, boolean visible) {
    QuestionContent question = sheet.question(item);
    return new ItemView(position, question.type(), question.stem(), options(sheet, item, question),
        question.type() == QuestionType.FILL_IN ? question.answer().size() : 0, item.points(), item.response(),
        item.savedAt(),
        visible ? item.score() : null,
        visible ? question.answer() : null,
        visible ? question.explanation() : null,
        visible ? item.comment() : null,
        sheet.imageLinks().get(item.questionId()));
  }

  private static List<OptionView> options(AttemptSheet sheet, AttemptItem item, QuestionContent question) {
    List<String> authored = question.options();
    var shown = new ArrayList<OptionView>();
    for (int index : sheet.optionOrder(item)) {
      shown.add(new OptionView(String.valueOf((char) ('A' + index)), authored.get(index)));
    }
    return List.copyOf(shown);
  }
}
