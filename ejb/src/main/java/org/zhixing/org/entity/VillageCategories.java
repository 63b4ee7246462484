package org.zhixing.org.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the campaign records about a village: its Five-Star creation target, whether it is weak-and-lax (软弱涣散) and
 * since which year, and whether it was lifted out of poverty (脱贫村).
 */
@Embeddable
public class VillageCategories {

  @Column(name = "star_target")
  private Integer starTarget;

  @Column(name = "weak_year")
  private Integer weakYear;

  @Column(name = "poverty_alleviated", nullable = false)
  private boolean povertyAlleviated;

  protected VillageCategories() {}

  public VillageCategories(Integer starTarget, Integer weakYear, boolean povertyAlleviated) {
    if (starTarget != null && (starTarget < 1 || starTarget > 5)) {
      throw new IllegalArgumentException("star target must be 1 to 5, was " + starTarget);
    }
    if (weakYear != null && (weakYear < 2000 || weakYear > 2100)) {
      throw new IllegalArgumentException("weak-and-lax year out of range: " + weakYear);
    }
    this.starTarget = starTarget;
    this.weakYear = weakYear;
    this.povertyAlleviated = povertyAlleviated;
  }

  public static VillageCategories none() {
    return new VillageCategories(null, null, false);
  }

  public Integer starTarget() {
    return starTarget;
  }

  public Integer weakYear() {
    return weakYear;
  }

  public boolean isWeakAndLax() {
    return weakYear != null;
  }

  public boolean povertyAlleviated() {
    return povertyAlleviated;
  }
}
