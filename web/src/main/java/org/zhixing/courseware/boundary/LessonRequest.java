package org.zhixing.courseware.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.zhixing.courseware.entity.CompletionRule;

/**
 * A lesson as the editor sends it: an asset id, or HTML text for a text lesson; completion settings default to 90%
 * watched and 10 seconds a page, required, free seeking, no presence checks.
 */
public record LessonRequest(
    @NotBlank @Size(max = 200) String title,
    UUID assetId,
    @Size(max = 200_000) String bodyHtml,
    Boolean required,
    @DecimalMin("0.01") @DecimalMax("1.00") BigDecimal minWatchedShare,
    @Min(0) @Max(3600) Integer minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks) {

  LessonInput toInput() {
    var rule = new CompletionRule(
        minWatchedShare == null ? CompletionRule.DEFAULT_SHARE : minWatchedShare,
        minDwellSeconds == null ? CompletionRule.DEFAULT_DWELL_SECONDS : minDwellSeconds,
        noSkipAhead,
        presenceChecks);
    return new LessonInput(title, assetId, bodyHtml, required == null || required, rule);
  }
}
