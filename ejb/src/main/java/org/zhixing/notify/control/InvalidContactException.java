package org.zhixing.notify.control;

import org.zhixing.platform.problem.DomainException;

/** A mail address or mobile number that cannot be one. */
public class InvalidContactException extends DomainException {

  public InvalidContactException(String field) {
    super("invalid-contact", 422, "Not a valid " + field, field);
  }
}
