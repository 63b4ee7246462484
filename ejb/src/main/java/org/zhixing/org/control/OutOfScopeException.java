package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

public class OutOfScopeException extends DomainException {

  public OutOfScopeException(String code) {
    super("Org unit %s is outside the caller's scope".formatted(code), code);
  }

  @Override
  public String type() {
    return "out-of-scope";
  }

  @Override
  public int status() {
    return 403;
  }
}
