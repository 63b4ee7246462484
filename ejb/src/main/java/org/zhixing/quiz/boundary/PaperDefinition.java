package org.zhixing.quiz.boundary;

import java.util.List;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.PaperSettings;

/** A paper as its author defines it: its settings, and either fixed questions or draw rules. */
public record PaperDefinition(PaperSettings settings, List<FixedQuestion> questions, List<DrawRule> rules) {

  public PaperDefinition {
    questions = questions == null ? List.of() : List.copyOf(questions);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
