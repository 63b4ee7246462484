package org.zhixing.certificate.entity;

import org.zhixing.platform.problem.DomainException;

/** The certificate was revoked before; revocation is final and keeps its first reason. */
public class CertificateRevokedException extends DomainException {

  public CertificateRevokedException(String number) {
    super("certificate-already-revoked", 409, "Certificate " + number + " is revoked already", number);
  }
}
