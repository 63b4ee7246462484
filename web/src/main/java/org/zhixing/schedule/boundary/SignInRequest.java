package org.zhixing.schedule.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code a learner's phone read from the QR code. */
public record SignInRequest(@NotBlank @Size(max = 100) String code) {}
