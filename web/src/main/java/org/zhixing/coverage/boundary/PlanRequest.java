package org.zhixing.coverage.boundary;

import static org.zhixing.platform.web.RequestValues.enumOf;
import static org.zhixing.platform.web.RequestValues.orEmpty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.PlanDetails;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.coverage.entity.PlanKind;
import org.zhixing.platform.audience.AudienceRule;

/**
 * A plan as the editor sends it: dates as ISO days (the city's calendar), required items by kind and id; without a
 * target rate the department aims at everyone (1.0). The plan itself checks the target (0 to 1, four places): a bad
 * one is an {@code invalid-plan} like the other fields.
 */
public record PlanRequest(
    @NotBlank @Size(max = 200) String name,
    @NotBlank String kind,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate endsOn,
    @NotNull LocalDate deadline,
    @NotNull @Valid AudienceRequest audience,
    @DecimalMin("0") BigDecimal minCreditHours,
    BigDecimal targetRate,
    @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ItemRequest> items) {

  /** The audience rule: positions × subtree × village categories. */
  public record AudienceRequest(
      @NotNull @Pattern(regexp = "\\d{12}") String unitCode,
      @Size(max = 10) List<@NotBlank String> positions,
      boolean weakAndLaxOnly,
      @Size(max = 5) List<@NotNull @Min(1) @Max(5) Integer> starTargets) {}

  public record ItemRequest(@NotBlank String kind, @NotNull Long id) {}

  PlanDetails toDetails() {
    AudienceRule rule = new AudienceRule(audience.unitCode(), Set.copyOf(orEmpty(audience.positions())),
        audience.weakAndLaxOnly(), Set.copyOf(orEmpty(audience.starTargets())));
    Set<PlanItem> required = items.stream()
        .map(item -> new PlanItem(enumOf(PlanItemKind.class, "items.kind", item.kind()), item.id()))
        .collect(Collectors.toSet());
    return new PlanDetails(name, enumOf(PlanKind.class, "kind", kind), startsOn, endsOn, deadline, rule,
        minCreditHours == null ? BigDecimal.ZERO : minCreditHours, targetRate == null ? BigDecimal.ONE : targetRate,
        required);
  }
}
