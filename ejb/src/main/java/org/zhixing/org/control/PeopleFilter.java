package org.zhixing.org.control;

import org.zhixing.org.entity.Position;

/** Optional narrowing of a people list: by post, and by a part of the name. */
public record PeopleFilter(Position position, String nameContains) {

  public PeopleFilter {
    nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
  }

  public static PeopleFilter everyone() {
    return new PeopleFilter(null, null);
  }
}
