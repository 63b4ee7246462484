package org.zhixing.certificate.control;

import org.zhixing.platform.problem.DomainException;

/** Not a certificate number at all: wrong form, or a check digit that does not fit (a typo, most likely). */
public class CertificateNumberMistypedException extends DomainException {

  public CertificateNumberMistypedException(String number) {
    super("certificate-number-mistyped", 404, "Not a certificate number: " + number, number);
  }
}
