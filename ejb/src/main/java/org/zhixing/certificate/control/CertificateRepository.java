package org.zhixing.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.zhixing.certificate.entity.Certificate;
import org.zhixing.certificate.entity.CertificateNumber;

/** Certificates by number and by learner, and the insert that issues one at most once per learner and course. */
@ApplicationScoped
public class CertificateRepository {

  /** The time zone of the campaign: a certificate's year and date are those of Zhoukou. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** What a certificate says, to be issued. */
  public record Issue(String learner, String holderName, String orgUnitCode, long courseId, String courseTitle,
      BigDecimal creditHours, Instant completedAt) {}

  private static final int NUMBER_TRIES = 8;
  private final SecureRandom random = new SecureRandom();

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public Optional<Certificate> find(String number) {
    return Optional.ofNullable(em.find(Certificate.class, number));
  }

  public Optional<Certificate> lock(String number) {
    return Optional.ofNullable(em.find(Certificate.class, number, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Certificate> of(String learner) {
    return em.createQuery("select c from Certificate c where c.learner = :learner order by c.issuedAt desc, c.number",
            Certificate.class)
        .setParameter("learner", learner)
        .getResultList();
  }

  public Optional<Certificate> of(String learner, long courseId) {
    return em.createQuery("select c from Certificate c where c.learner = :learner and c.courseId = :course",
            Certificate.class)
        .setParameter("learner", learner)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Issues the certificate unless the learner has one for the course already; the unique (learner, course) makes
   * that hold whatever races. A random number that is taken already (one in millions) is drawn again.
   */
  public Certificate issueOnce(Issue issue, Instant now) {
    int year = now.atZone(CHINA).getYear();
    for (int i = 0; i < NUMBER_TRIES; i++) {
      Certificate draft = new Certificate(CertificateNumber.random(year, random), issue.learner(), issue.holderName(),
          issue.orgUnitCode(), issue.courseId(), issue.courseTitle(), issue.creditHours(), issue.completedAt(), now);
      int inserted = em.createNativeQuery("""
              insert into certificate (number, learner, holder_name, org_unit_code, course_id, course_title,
                                       credit_hours, completed_at, issued_at)
              values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""")
          .setParameter(1, draft.number())
          .setParameter(2, draft.learner())
          .setParameter(3, draft.holderName())
          .setParameter(4, draft.orgUnitCode())
          .setParameter(5, draft.courseId())
          .setParameter(6, draft.courseTitle())
          .setParameter(7, draft.creditHours())
          .setParameter(8, draft.completedAt())
          .setParameter(9, draft.issuedAt())
          .executeUpdate();
      Optional<Certificate> held = of(issue.learner(), issue.courseId());
      if (inserted == 1 || held.isPresent()) {
        return held.orElseThrow();
      }
    }
    throw new IllegalStateException("no free certificate number after " + NUMBER_TRIES + " draws");
  }
}
