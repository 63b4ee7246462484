package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The caller's account carries no org unit (or an unknown one), so there is no subtree they may administer. */
public class NoOrgScopeException extends DomainException {

  public NoOrgScopeException(String username) {
    super("Account %s has no org-unit scope".formatted(username), username);
  }

  @Override
  public String type() {
    return "no-org-scope";
  }

  @Override
  public int status() {
    return 403;
  }
}
