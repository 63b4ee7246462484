package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** A sheet is committed, or its report read, only after its check has finished. */
public class ImportStillCheckingException extends DomainException {

  public ImportStillCheckingException(String id) {
    super("import-still-checking", 409, "The import %s is still being checked".formatted(id), id);
  }
}
