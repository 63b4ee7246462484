package org.zhixing.quiz.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.Question;

/**
 * Draws the questions of an attempt at a drawn paper: for each rule in turn, {@code count} of the questions of its bank
 * that match it, chosen at random among those no earlier rule took, so that no question is asked twice. The same
 * random source draws the same paper, whatever order the bank was read in.
 */
public final class PaperDraw {

  private PaperDraw() {}

  /** @param banks the questions of every bank the rules name */
  public static List<AttemptItem> draw(List<DrawRule> rules, Map<Long, List<Question>> banks, Random random) {
    var items = new ArrayList<AttemptItem>();
    Set<Long> taken = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      DrawRule rule = rules.get(i);
      List<Question> candidates = new ArrayList<>(banks.getOrDefault(rule.bankId(), List.of()).stream()
          .filter(rule::matches)
          .filter(q -> !taken.contains(q.id()))
          .sorted(Comparator.comparing(Question::id))
          .toList());
      if (candidates.size() < rule.count()) {
        throw new NotEnoughQuestionsException(i + 1, rule.count(), candidates.size());
      }
      for (int drawn = 0; drawn < rule.count(); drawn++) {
        Question chosen = candidates.remove(random.nextInt(candidates.size()));
        taken.add(chosen.id());
        items.add(new AttemptItem(chosen.id(), rule.points()));
      }
    }
    return items;
  }
}
