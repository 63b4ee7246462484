package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The uploaded sheet is larger than any people sheet should be; it was cut off while arriving. */
public class SheetFileTooLargeException extends DomainException {

  public SheetFileTooLargeException(long maxBytes) {
    super("sheet-file-too-large", 413, "Sheet over %d bytes".formatted(maxBytes), maxBytes / (1024 * 1024));
  }
}
