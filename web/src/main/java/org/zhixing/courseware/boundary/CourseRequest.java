package org.zhixing.courseware.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A course's metadata as the editor sends it; the audience defaults to the editor's own scope. */
public record CourseRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String summary,
    UUID coverAssetId,
    @NotNull @DecimalMin("0.0") @DecimalMax("999.9") @Digits(integer = 3, fraction = 1) BigDecimal creditHours,
    boolean required,
    @Size(max = 10) List<@NotBlank @Size(max = 40) String> tags,
    @Pattern(regexp = "\\d{12}") String offeredUnitCode,
    @Size(max = 50) List<@NotNull Long> policyIds) {

  CourseInput toInput() {
    return new CourseInput(title, summary, coverAssetId, creditHours, required, tags, offeredUnitCode, policyIds);
  }
}
