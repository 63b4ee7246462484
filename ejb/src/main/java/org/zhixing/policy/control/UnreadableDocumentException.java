package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The file has no text to index: typically a scanned PDF without a text layer. */
public class UnreadableDocumentException extends DomainException {

  public UnreadableDocumentException(String fileName) {
    super("unreadable-document", 422, "Document %s has no text".formatted(fileName), fileName);
  }
}
