package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.zhixing.quiz.control.OptionOrder;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.AttemptStatus;
import org.zhixing.quiz.entity.QuestionContent;

/**
 * An attempt as its learner may see it now, with the server's clock and the content of its questions (read while the
 * transaction was open). {@link #answersVisible()} says whether correct answers, explanations and per-question scores
 * may go to the client; until then they must not.
 *
 * @param creditHours the credit hours (学时) the learner holds for passing this paper, or null
 * @param imageLinks signed links to the pictures of the questions that have one, by question id
 */
public record AttemptSheet(
    Attempt attempt, Map<Long, QuestionContent> questions, Instant now, BigDecimal creditHours, Map<Long, String> imageLinks) {

  public AttemptSheet {
    questions = Map.copyOf(questions);
    imageLinks = Map.copyOf(imageLinks);
  }

  public boolean answersVisible() {
    return attempt.status() != AttemptStatus.OPEN && attempt.paper().answersVisibleAt(now);
  }

  public QuestionContent question(AttemptItem item) {
    return questions.get(item.questionId());
  }

  /** The order this attempt shows the item's options in: position i shows authored option {@code order[i]}. */
  public int[] optionOrder(AttemptItem item) {
    return OptionOrder.of(attempt.seed(), item.questionId(), question(item).options().size());
  }
}
