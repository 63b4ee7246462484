package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The caller's account carries no org unit (or an unknown one), so there is no subtree they may administer. */
public class NoOrgScopeException extends DomainException {

  public NoOrgScopeException(String username) {
    super("no-org-scope", 403, "Account %s has no org-unit scope".formatted(username), username);
  }
}
