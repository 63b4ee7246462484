package org.zhixing.quiz.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.DrawRule;

/**
 * Draws the questions of an attempt at a drawn paper: for each rule in turn, {@code count} of the questions that
 * match it, chosen at random among those no earlier rule took, so that no question is asked twice. It works on ids
 * alone (a bank of many thousands of questions is a few kilobytes of ids, never a load of questions), and the same
 * random source draws the same paper, whatever order the ids were read in.
 */
public final class PaperDraw {

  private PaperDraw() {}

  /** @param candidates for each rule, in the rules' order, the ids of the questions of its bank that match it */
  public static List<AttemptItem> draw(List<DrawRule> rules, List<List<Long>> candidates, Random random) {
    var items = new ArrayList<AttemptItem>();
    Set<Long> taken = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      DrawRule rule = rules.get(i);
      List<Long> left = new ArrayList<>(candidates.get(i).stream().filter(id -> !taken.contains(id)).sorted().toList());
      if (left.size() < rule.count()) {
        throw new NotEnoughQuestionsException(i + 1, rule.count(), left.size());
      }
      for (int drawn = 0; drawn < rule.count(); drawn++) {
        long chosen = left.remove(random.nextInt(left.size()));
        taken.add(chosen);
        items.add(new AttemptItem(chosen, rule.points()));
      }
    }
    return items;
  }
}
