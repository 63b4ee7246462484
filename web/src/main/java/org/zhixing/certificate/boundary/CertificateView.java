package org.zhixing.certificate.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.zhixing.certificate.entity.Certificate;

/** A certificate as its holder and the admins of their subtree see it: whole name, dates, revocation. */
public record CertificateView(String number, String learner, String holderName, long courseId, String courseTitle,
    BigDecimal creditHours, Instant completedAt, Instant issuedAt, boolean valid, Instant revokedAt,
    String revokeReason) {

  static CertificateView of(Certificate c) {
    return new CertificateView(c.number(), c.learner(), c.holderName(), c.courseId(), c.courseTitle(),
        c.creditHours(), c.completedAt(), c.issuedAt(), c.valid(), c.revokedAt(), c.revokeReason());
  }
}
