package org.zhixing.quiz.entity;

import java.util.Set;

/**
 * Who besides the unit subtree decides a paper's audience. A paper attached to a training session ({@code sessionId})
 * is offered to the session's audience, whatever the unit; otherwise the learners of the paper's audience unit
 * subtree who hold one of {@code positions} (Position names; empty: any post) and, with {@code weakAndLaxOnly}, serve
 * in a weak-and-lax (软弱涣散) village — the same shape as a session's audience rule.
 */
public record PaperAudience(Long sessionId, Set<String> positions, boolean weakAndLaxOnly) {

  /** The learners of the audience unit's subtree, whatever their post. */
  public static final PaperAudience SUBTREE = new PaperAudience(null, Set.of(), false);

  public PaperAudience {
    positions = positions == null ? Set.of() : Set.copyOf(positions);
  }

  /** Whether a learner holding {@code held} posts, in a village that is weak-and-lax or not, meets the rule. */
  public boolean admits(Set<String> held, boolean inWeakAndLaxVillage) {
    return (positions.isEmpty() || positions.stream().anyMatch(held::contains)) && (!weakAndLaxOnly || inWeakAndLaxVillage);
  }
}
