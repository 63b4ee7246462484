package org.zhixing.coverage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a plan covers: holders of any of {@code positions} (none: any post) under the unit {@code unitCode}, optionally
 * only in weak-and-lax villages and only in villages of the given star targets. The org feature resolves it
 * (PeopleCriteria); this is only how a plan stores it.
 */
@Embeddable
public class PlanAudience {

  @Column(name = "audience_unit", nullable = false, length = 12)
  private String unitCode;

  @Column(name = "audience_positions", length = 200)
  private String positions;

  @Column(name = "audience_weak_only", nullable = false)
  private boolean weakAndLaxOnly;

  @Column(name = "audience_stars", length = 20)
  private String starTargets;

  protected PlanAudience() {}

  public PlanAudience(String unitCode, Set<String> positions, boolean weakAndLaxOnly, Set<Integer> starTargets) {
    if (unitCode == null || !unitCode.matches("[0-9]{12}")) {
      throw new InvalidPlanException("audience-unit");
    }
    if (starTargets.stream().anyMatch(star -> star == null || star < 1 || star > 5)) {
      throw new InvalidPlanException("audience-stars");
    }
    this.unitCode = unitCode;
    this.positions = String.join(",", new TreeSet<>(positions));
    this.weakAndLaxOnly = weakAndLaxOnly;
    this.starTargets = starTargets.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }

  public String unitCode() {
    return unitCode;
  }

  public Set<String> positions() {
    return split(positions).collect(Collectors.toCollection(TreeSet::new));
  }

  public boolean weakAndLaxOnly() {
    return weakAndLaxOnly;
  }

  public Set<Integer> starTargets() {
    return split(starTargets).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<String> split(String list) {
    return list == null || list.isEmpty() ? Stream.empty() : Arrays.stream(list.split(","));
  }
}
