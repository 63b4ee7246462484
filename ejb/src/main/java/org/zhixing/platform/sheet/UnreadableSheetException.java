package org.zhixing.platform.sheet;

import org.zhixing.platform.problem.DomainException;

/** The uploaded file is no sheet we can read: corrupt, truncated, a zip bomb, an old .xls, or text in an unknown encoding. */
public class UnreadableSheetException extends DomainException {

  public UnreadableSheetException(String fileName, Throwable cause) {
    super("unreadable-sheet", 422, "Cannot read %s as .xlsx or .csv".formatted(fileName), fileName);
    initCause(cause);
  }
}
