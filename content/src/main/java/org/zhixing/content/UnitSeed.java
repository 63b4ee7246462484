package org.zhixing.content;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One unit of the org tree, as the app should insert it.
 *
 * @param code 12-digit division code, unique in the pack
 * @param kind CITY, COUNTY, TOWNSHIP, VILLAGE or COMMUNITY
 * @param parentCode the parent's code; {@code null} only for the city
 * @param starTarget the five-star creation target (1..5) of a village or community, else {@code null}
 * @param weakYear the year a village was listed as weak-and-lax (软弱涣散), else {@code null}
 * @param povertyAlleviated whether the village is a 脱贫村
 */
public record UnitSeed(String code, String name, String kind, String parentCode,
                       Integer starTarget, Integer weakYear, boolean povertyAlleviated) {

  static final String CITY = "CITY";
  static final String COUNTY = "COUNTY";
  static final String TOWNSHIP = "TOWNSHIP";
  static final String VILLAGE = "VILLAGE";
  static final String COMMUNITY = "COMMUNITY";

  private static final Pattern CODE = Pattern.compile("\\d{12}");
  private static final Set<String> KINDS = Set.of(CITY, COUNTY, TOWNSHIP, VILLAGE, COMMUNITY);

  public UnitSeed {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("unit code must be 12 digits: " + code);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit " + code + " has no name");
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unit " + code + " has unknown kind " + kind);
    }
    if (CITY.equals(kind) != (parentCode == null)) {
      throw new IllegalArgumentException("unit " + code + ": only the city has no parent");
    }
    boolean grassroots = VILLAGE.equals(kind) || COMMUNITY.equals(kind);
    if (grassroots != (starTarget != null) || (starTarget != null && (starTarget < 1 || starTarget > 5))) {
      throw new IllegalArgumentException("unit " + code + ": villages and communities, and only they, have a star target 1..5");
    }
  }

  /** A village or community: the units whose party branches take part in the star campaign. */
  boolean isGrassroots() {
    return starTarget != null;
  }

  boolean isWeakAndLax() {
    return weakYear != null;
  }
}
