package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The import archive itself cannot be used: not a zip, no metadata sheet, too many or too large entries. */
public class InvalidImportException extends DomainException {

  public InvalidImportException(String reason) {
    super("invalid-import", 422, "Unusable import archive: %s".formatted(reason), reason);
  }
}
