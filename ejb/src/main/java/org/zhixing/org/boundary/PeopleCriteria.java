package org.zhixing.org.boundary;

import java.util.Set;

/**
 * A rule picking people for another feature (a session's audience, a training plan): holders of any of
 * {@code positions} (empty: any post, by {@link org.zhixing.org.entity.Position} name) serving anywhere under the unit
 * {@code subtreeCode}, optionally only in weak-and-lax villages and only in villages with one of {@code starTargets}.
 */
public record PeopleCriteria(String subtreeCode, Set<String> positions, boolean weakAndLaxOnly, Set<Integer> starTargets) {

  public PeopleCriteria {
    positions = Set.copyOf(positions);
    starTargets = Set.copyOf(starTargets);
  }
}
