package org.zhixing.certificate.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What anyone holding a certificate number may learn: the holder's name partly masked, the course, the hours, the
 * dates (China time) and whether it is still valid. Nothing that identifies the person beyond what the paper shows.
 */
public record Verification(String number, String maskedName, String courseTitle, BigDecimal creditHours,
    LocalDate completedOn, LocalDate issuedOn, boolean valid, LocalDate revokedOn) {}
