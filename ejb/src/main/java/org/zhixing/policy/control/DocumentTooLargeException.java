package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The upload is larger than the library accepts. */
public class DocumentTooLargeException extends DomainException {

  public DocumentTooLargeException(String limit) {
    super("document-too-large", 413, "Document larger than %s bytes".formatted(limit), limit);
  }
}
