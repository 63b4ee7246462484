package org.zhixing.certificate.entity;

import org.zhixing.platform.problem.DomainException;

/** A revocation needs a reason of 1–500 characters: the holder and the auditors will read it. */
public class InvalidRevocationException extends DomainException {

  public InvalidRevocationException(String number) {
    super("invalid-revocation", 422, "Revoking " + number + " needs a reason", number);
  }
}
