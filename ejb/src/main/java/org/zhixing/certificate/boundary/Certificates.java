package org.zhixing.certificate.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.certificate.control.CertificateNotFoundException;
import org.zhixing.certificate.control.CertificateNumberMistypedException;
import org.zhixing.certificate.control.CertificatePdf;
import org.zhixing.certificate.control.CertificateRepository;
import org.zhixing.certificate.control.CertificateRepository.Issue;
import org.zhixing.certificate.entity.Certificate;
import org.zhixing.certificate.entity.CertificateNumber;
import org.zhixing.certificate.entity.MaskedName;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.audit.AuditLog;
import org.zhixing.platform.audit.AuditSubject;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.tracking.boundary.CompletedCourse;
import org.zhixing.tracking.boundary.CompletedCourses;
import org.zhixing.tracking.boundary.CourseCompleted;

/**
 * Issuing, reading, verifying and revoking certificates. A certificate is issued once per learner and course when the
 * course is complete; learners read and download their own, admins those of learners in their subtree (anything else
 * answers {@code certificate-not-found}); anyone may verify a number; admins of the learner's subtree revoke, with a
 * reason, in the audit log.
 */
@Stateless
public class Certificates {

  @Inject CertificateRepository certificates;
  @Inject CompletedCourses completions;
  @Inject OrgDirectory org;
  @Inject AuditLog audit;

  /**
   * Issues the certificate of a completed course, in its own transaction after the completion committed: a failure
   * here never takes back the completion. The holder's name comes from the people register, else from the learner's
   * token; when neither is at hand (an account outside the register whose test a trainer graded or the sweep closed),
   * nothing is issued yet: the learner's next look at their certificates issues it with the name on their token.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Certificate> issue(CourseCompleted done) {
    return registeredName(done.learner()).or(() -> Optional.ofNullable(done.learnerName()).filter(n -> !n.isBlank()))
        .map(name -> certificates.issueOnce(new Issue(done.learner(), name, done.orgUnitCode(), done.courseId(),
            done.courseTitle(), done.creditHours(), done.completedAt()), Instant.now()));
  }

  /**
   * The caller's certificates, newest first. A completed course without one (its issue failed, or the completion came
   * from a trainer's grade before the learner's name was known) is issued now, with the name on the caller's token.
   */
  public List<Certificate> mine(Caller caller) {
    String me = caller.username();
    Set<Long> held = certificates.of(me).stream().map(Certificate::courseId).collect(Collectors.toSet());
    for (CompletedCourse course : completions.of(me, null, null)) {
      if (!held.contains(course.courseId())) {
        String name = registeredName(me).orElse(caller.displayName());
        certificates.issueOnce(new Issue(me, name, caller.orgUnitCode().orElse(null),
            course.courseId(), course.title(), course.creditHours(), course.completedAt()), Instant.now());
      }
    }
    return certificates.of(me);
  }

  /** Another learner's certificates, for an admin of their subtree; those outside it are left out. */
  public List<Certificate> of(Caller caller, String learner) {
    if (learner.equals(caller.username())) {
      return mine(caller);
    }
    return certificates.of(learner).stream().filter(c -> administers(caller, c)).toList();
  }

  /** The certificate as a PDF, for its holder or an admin of their subtree. */
  public byte[] pdf(Caller caller, String number, String verifyAddress) {
    Certificate certificate = certificates.find(number)
        .filter(c -> c.learner().equals(caller.username()) || administers(caller, c))
        .orElseThrow(() -> new CertificateNotFoundException(number));
    return CertificatePdf.render(certificate, verifyAddress);
  }

  /**
   * What a verification page shows. A number whose check digit does not fit is told apart (a typo, not a forgery):
   * that says nothing about which numbers exist. Every well-formed number costs the same one lookup by primary key,
   * whether it exists or not.
   */
  public Verification verify(String number) {
    CertificateNumber parsed = CertificateNumber.parse(number)
        .orElseThrow(() -> new CertificateNumberMistypedException(number));
    Certificate c = certificates.find(parsed.text()).orElseThrow(() -> new CertificateNotFoundException(parsed.text()));
    return new Verification(c.number(), MaskedName.of(c.holderName()), c.courseTitle(), c.creditHours(),
        chinaDate(c.completedAt()), chinaDate(c.issuedAt()), c.valid(), c.valid() ? null : chinaDate(c.revokedAt()));
  }

  /** Revokes with a reason; only admins of the learner's subtree, others are told there is no such certificate. */
  public Certificate revoke(Caller caller, String number, String reason) {
    Certificate certificate = certificates.lock(number)
        .filter(c -> administers(caller, c))
        .orElseThrow(() -> new CertificateNotFoundException(number));
    certificate.revoke(reason, caller.username(), Instant.now());
    String unitPath = org.unitForSystem(certificate.orgUnitCode()).path();
    audit.record(caller, "CERTIFICATE_REVOKED",
        new AuditSubject("CERTIFICATE", number, certificate.holderName() + " · " + certificate.courseTitle(), unitPath),
        Map.of("valid", true), Map.of("valid", false, "revokedAt", certificate.revokedAt().toString()), reason);
    return certificate;
  }

  private boolean administers(Caller caller, Certificate certificate) {
    return (caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN)) && org.coversUnit(caller, certificate.orgUnitCode());
  }

  private Optional<String> registeredName(String learner) {
    return org.peopleNamed(Set.of(learner)).stream().findFirst().map(PersonRef::name);
  }

  private static LocalDate chinaDate(Instant at) {
    return at.atZone(CertificateRepository.CHINA).toLocalDate();
  }
}
