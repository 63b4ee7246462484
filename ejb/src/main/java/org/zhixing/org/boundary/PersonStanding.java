package org.zhixing.org.boundary;

import java.util.Set;

/**
 * What an audience rule asks of a person (see {@link PeopleCriteria}): the posts they hold, by
 * {@link org.zhixing.org.entity.Position} name, and whether they serve in a weak-and-lax (软弱涣散) village. Someone
 * with no serving person record (a staff account) holds no post.
 */
public record PersonStanding(Set<String> positions, boolean inWeakAndLaxVillage) {

  public static final PersonStanding NONE = new PersonStanding(Set.of(), false);

  public PersonStanding {
    positions = Set.copyOf(positions);
  }
}
