package org.zhixing.platform.sheet;

import org.zhixing.platform.problem.DomainException;

/** The workbook is protected by a password, so its rows cannot be read. */
public class EncryptedSheetException extends DomainException {

  public EncryptedSheetException(String fileName) {
    super("encrypted-sheet", 422, "%s is encrypted".formatted(fileName), fileName);
  }
}
