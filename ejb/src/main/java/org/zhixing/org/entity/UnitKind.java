package org.zhixing.org.entity;

/** The levels of the administrative tree, top to bottom; villages and communities are its leaves. */
public enum UnitKind {
  CITY,
  COUNTY,
  TOWNSHIP,
  VILLAGE,
  COMMUNITY;

  public boolean isGrassroots() {
    return this == VILLAGE || this == COMMUNITY;
  }

  /** Whether a unit of this kind may sit directly under a unit of {@code parent} kind. */
  public boolean mayBeChildOf(UnitKind parent) {
    return switch (this) {
      case CITY -> false;
      case COUNTY -> parent == CITY;
      case TOWNSHIP -> parent == COUNTY;
      case VILLAGE, COMMUNITY -> parent == TOWNSHIP;
    };
  }
}
