package org.zhixing.coverage.boundary;

import static org.zhixing.platform.web.RequestValues.enumOf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlanRankings.Entry;
import org.zhixing.coverage.boundary.PlanRankings.Ranking;
import org.zhixing.coverage.control.RankingLevel;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** 比学赶超: the counties or townships of a unit ranked by rate and by the month's progress. */
@Path("plans/{id}/rankings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlanRankingsResource {

  @Inject Caller caller;
  @Inject PlanRankings rankings;

  @GET
  @Operation(summary = "Counties or townships inside a unit by rate and by the month's progress (level: COUNTY or "
      + "TOWNSHIP, default the one below the unit; month: YYYY-MM, default the current Beijing month; a past month "
      + "ranks its snapshot)")
  public RankingsView rank(@PathParam("id") long id,
      @QueryParam("level") String level,
      @QueryParam("unit") @Pattern(regexp = "\\d{12}") String unit,
      @QueryParam("month") String month) {
    return RankingsView.of(rankings.rank(caller, id,
        level == null ? null : enumOf(RankingLevel.class, "level", level), unit, month));
  }

  /** The ranking, entries best rate first; ties share a rank (1, 1, 3). */
  public record RankingsView(long planId, String level, String unitCode, String month, BigDecimal targetRate,
      List<EntryView> entries) {

    static RankingsView of(Ranking ranking) {
      return new RankingsView(ranking.plan().id(), ranking.level().name(), ranking.unit().code(),
          ranking.month().toString(), ranking.plan().targetRate(), ranking.entries().stream().map(EntryView::of).toList());
    }
  }

  /** One unit's place; {@code monthRateGain} is the month's completions over required. */
  public record EntryView(String unitCode, String unitName, String parentCode, String parentName, FiguresView figures,
      long monthCompleted, BigDecimal monthRateGain, int rankByRate, int rankByProgress) {

    static EntryView of(Entry entry) {
      return new EntryView(entry.unit().code(), entry.unit().name(), entry.parent().code(), entry.parent().name(),
          FiguresView.of(entry.figures()), entry.monthCompleted(), entry.monthRateGain(), entry.rankByRate(),
          entry.rankByProgress());
    }
  }
}
