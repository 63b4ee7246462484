package org.zhixing.quiz.boundary;

import java.util.List;
import java.util.Map;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.PaperAudience;
import org.zhixing.quiz.entity.QuestionContent;

/** A paper for its managers with its questions or rules and its audience, read while the transaction was open. */
public record PaperDetails(
    Paper paper, List<FixedQuestion> questions, List<DrawRule> rules, Map<Long, QuestionContent> contents,
    PaperAudience audience) {

  public PaperDetails {
    questions = List.copyOf(questions);
    rules = List.copyOf(rules);
    contents = Map.copyOf(contents);
  }
}
