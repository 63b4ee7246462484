package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A course may only be offered to units within its editor's own subtree. */
public class AudienceOutOfScopeException extends DomainException {

  public AudienceOutOfScopeException(String unitCode) {
    super("course-audience-out-of-scope", 403, "Unit %s is outside the editor's scope".formatted(unitCode), unitCode);
  }
}
