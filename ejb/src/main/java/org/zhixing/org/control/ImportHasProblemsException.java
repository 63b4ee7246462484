package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** A sheet with any problem is not committed at all: all or nothing. */
public class ImportHasProblemsException extends DomainException {

  public ImportHasProblemsException(long problems) {
    super("import-has-problems", 409, "The import has %d problems".formatted(problems), problems);
  }
}
