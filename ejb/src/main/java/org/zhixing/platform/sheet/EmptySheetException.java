package org.zhixing.platform.sheet;

import org.zhixing.platform.problem.DomainException;

/** The sheet has no header row with anything below it. */
public class EmptySheetException extends DomainException {

  public EmptySheetException(String fileName) {
    super("empty-sheet", 422, "%s has no rows".formatted(fileName), fileName);
  }
}
