package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The file is damaged or truncated and cannot be parsed. */
public class CorruptDocumentException extends DomainException {

  public CorruptDocumentException(String fileName) {
    super("corrupt-document", 422, "Document %s cannot be parsed".formatted(fileName), fileName);
  }
}
