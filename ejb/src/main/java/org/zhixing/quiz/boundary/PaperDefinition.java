package org.zhixing.quiz.boundary;

import java.util.List;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.PaperAudience;
import org.zhixing.quiz.entity.PaperSettings;

/** A paper as its author defines it: its settings, who besides the unit takes it, and fixed questions or draw rules. */
public record PaperDefinition(PaperSettings settings, PaperAudience audience, List<FixedQuestion> questions, List<DrawRule> rules) {

  public PaperDefinition {
    audience = audience == null ? PaperAudience.SUBTREE : audience;
    questions = questions == null ? List.of() : List.copyOf(questions);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
