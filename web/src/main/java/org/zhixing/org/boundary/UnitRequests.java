package org.zhixing.org.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.zhixing.org.entity.VillagePlan;

/** The bodies of the org administration calls; each edit names the version it was made on. */
public final class UnitRequests {

  private UnitRequests() {}

  /** Rename, and for a village its star target and weak-and-lax year (null for none). */
  public record Edit(
      @NotNull Long version,
      @NotBlank @Size(max = 100) String name,
      @Min(1) @Max(5) Integer starTarget,
      @Min(2000) @Max(2100) Integer weakYear) {

    UnitEdit toEdit() {
      return new UnitEdit(version, name, starTarget, weakYear);
    }
  }

  /** Move under {@code target}, or (merge) into {@code target}. */
  public record Target(@NotNull Long version, @NotNull @Pattern(regexp = "[0-9]{12}") String target) {}

  /** The villages (codes) weak-and-lax in a year, all of them for the subtree. */
  public record WeakAndLaxList(@NotNull @Size(max = 5000) Set<@NotNull @Pattern(regexp = "[0-9]{12}") String> villages) {}

  /** A plan's text; {@code version} null when the plan is new. */
  public record Plan(Long version, @NotNull @Size(max = VillagePlan.MAX_LENGTH) String content) {}
}
