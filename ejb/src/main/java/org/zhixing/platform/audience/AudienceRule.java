package org.zhixing.platform.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An audience as a rule: people holding any of {@code positions} (none: any post) anywhere under the unit
 * {@code unitCode}, optionally only in weak-and-lax villages and only in villages of the given star targets. E.g. "all
 * party secretaries of weak-and-lax villages in 太康县". Training sessions and training plans store it in the same four
 * columns ({@code audience_unit}, {@code audience_positions}, {@code audience_weak_only}, {@code audience_stars});
 * position names are the org feature's, which checks them when it resolves the rule.
 */
@Embeddable
public class AudienceRule {

  @Column(name = "audience_unit", length = 12)
  private String unitCode;

  @Column(name = "audience_positions", length = 200)
  private String positions;

  @Column(name = "audience_weak_only", nullable = false)
  private boolean weakAndLaxOnly;

  @Column(name = "audience_stars", length = 20)
  private String starTargets;

  protected AudienceRule() {}

  public AudienceRule(String unitCode, Set<String> positions, boolean weakAndLaxOnly, Set<Integer> starTargets) {
    if (unitCode == null || !unitCode.matches("[0-9]{12}")) {
      throw new InvalidAudienceException("audience-unit");
    }
    if (starTargets.stream().anyMatch(star -> star == null || star < 1 || star > 5)) {
      throw new InvalidAudienceException("audience-stars");
    }
    this.unitCode = unitCode;
    this.positions = String.join(",", new TreeSet<>(positions));
    this.weakAndLaxOnly = weakAndLaxOnly;
    this.starTargets = starTargets.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** No rule: a session that lists its people by name only. */
  public static AudienceRule none() {
    return new AudienceRule();
  }

  /** Whether a rule was set at all (a session may list its people one by one instead). */
  public boolean isSet() {
    return unitCode != null;
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
