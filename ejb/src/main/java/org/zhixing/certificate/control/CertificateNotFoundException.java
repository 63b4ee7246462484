package org.zhixing.certificate.control;

import org.zhixing.platform.problem.DomainException;

/** No certificate with this number, or one the caller may not see: the same answer, so nothing leaks. */
public class CertificateNotFoundException extends DomainException {

  public CertificateNotFoundException(String number) {
    super("certificate-not-found", 404, "Certificate " + number, number);
  }
}
