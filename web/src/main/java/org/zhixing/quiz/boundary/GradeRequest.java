package org.zhixing.quiz.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A trainer's grade for a short answer. */
public record GradeRequest(
    @NotNull @DecimalMin("0.0") @Digits(integer = 3, fraction = 1) BigDecimal score, @Size(max = 2000) String comment) {}
