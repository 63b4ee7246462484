package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** A checked import is committed once; a second commit (a double click, a retry) is refused. */
public class ImportAlreadyCommittedException extends DomainException {

  public ImportAlreadyCommittedException(String id) {
    super("import-already-committed", 409, "The import %s was committed already".formatted(id), id);
  }
}
