package org.zhixing.certificate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.tracking.boundary.CourseCompleted;

/** Issues the certificate once a course completion has committed (a rolled-back completion issues nothing). */
@ApplicationScoped
public class CertificateIssuer {

  private static final Logger LOG = Logger.getLogger(CertificateIssuer.class.getName());

  @Inject Certificates certificates;

  void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted done) {
    try {
      certificates.issue(done);
    } catch (RuntimeException e) {
      // the completion stands; the learner's next look at 我的证书 issues the missing certificate
      LOG.log(Level.WARNING, "issuing the certificate of course " + done.courseId() + " for " + done.learner()
          + " failed; it will be issued when the learner lists their certificates", e);
    }
  }
}
