package org.zhixing.certificate.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is revoked; the holder and the auditors read it. */
public record RevocationRequest(@NotBlank @Size(max = 500) String reason) {}
