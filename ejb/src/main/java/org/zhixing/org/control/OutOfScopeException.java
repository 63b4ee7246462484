package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The unit exists but lies outside the subtree the caller administers. */
public class OutOfScopeException extends DomainException {

  public OutOfScopeException(String code) {
    super("out-of-scope", 403, "Org unit %s is outside the caller's scope".formatted(code), code);
  }
}
