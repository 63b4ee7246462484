package org.zhixing.policy.control;

import java.util.List;

/**
 * What is wrong with one row of an import and its file (row 0: the archive as a whole), as a problem type and its
 * arguments, so that the API can say it in the reader's language like any other problem.
 */
public record ImportError(int row, String file, String type, List<Object> arguments) {

  /** The sheet's own complaint about a row, already in words (metadata that cannot be read). */
  static final String INVALID_ROW = "invalid-import-row";

  public ImportError {
    arguments = List.copyOf(arguments);
  }
}
