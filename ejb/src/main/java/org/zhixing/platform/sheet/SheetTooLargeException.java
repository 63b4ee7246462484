package org.zhixing.platform.sheet;

import org.zhixing.platform.problem.DomainException;

/** The sheet has more rows than any import should have. */
public class SheetTooLargeException extends DomainException {

  public SheetTooLargeException(long maxRows) {
    super("sheet-too-large", 413, "More than %d rows".formatted(maxRows), maxRows);
  }
}
