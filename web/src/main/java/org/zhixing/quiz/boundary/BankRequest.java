package org.zhixing.quiz.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bank's name, to create or rename it. */
public record BankRequest(@NotBlank @Size(max = 200) String name) {}
