package org.zhixing.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate (结业证书): who completed which course, worth how many credit hours, when; valid until revoked. What
 * it says is copied at issue and never changes; revocation is the one change, with a reason, and it is final.
 * New ones are inserted by {@code CertificateRepository.issueOnce} (an insert that cannot issue twice); JPA reads them
 * and records revocations.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id
  @Column(length = 20)
  private String number;

  @Column(nullable = false, length = 100)
  private String learner;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Column(name = "org_unit_code", length = 12)
  private String orgUnitCode;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "course_title", nullable = false, length = 200)
  private String courseTitle;

  @Column(name = "credit_hours", nullable = false)
  private BigDecimal creditHours;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoke_reason", length = 500)
  private String revokeReason;

  @Version private long version;

  protected Certificate() {}

  /** A certificate as issued now; the number comes from {@link CertificateNumber}. */
  public Certificate(CertificateNumber number, String learner, String holderName, String orgUnitCode, long courseId,
      String courseTitle, BigDecimal creditHours, Instant completedAt, Instant issuedAt) {
    this.number = number.text();
    this.learner = Objects.requireNonNull(learner);
    this.holderName = Objects.requireNonNull(holderName);
    this.orgUnitCode = orgUnitCode;
    this.courseId = courseId;
    this.courseTitle = Objects.requireNonNull(courseTitle);
    this.creditHours = Objects.requireNonNull(creditHours);
    this.completedAt = Objects.requireNonNull(completedAt);
    this.issuedAt = Objects.requireNonNull(issuedAt);
  }

  /** Revokes for good; a certificate revoked once cannot be revoked again (the first reason stands). */
  public void revoke(String reason, String by, Instant now) {
    if (revokedAt != null) {
      throw new CertificateRevokedException(number);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidRevocationException(number);
    }
    revokedAt = now;
    revokedBy = Objects.requireNonNull(by);
    revokeReason = why;
  }

  public boolean valid() {
    return revokedAt == null;
  }

  public String number() {
    return number;
  }

  public String learner() {
    return learner;
  }

  public String holderName() {
    return holderName;
  }

  public String orgUnitCode() {
    return orgUnitCode;
  }

  public long courseId() {
    return courseId;
  }

  public String courseTitle() {
    return courseTitle;
  }

  public BigDecimal creditHours() {
    return creditHours;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokeReason() {
    return revokeReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Certificate other && number.equals(other.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }
}
