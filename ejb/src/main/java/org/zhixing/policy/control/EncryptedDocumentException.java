package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The file is password-protected, so its text cannot be read. */
public class EncryptedDocumentException extends DomainException {

  public EncryptedDocumentException(String fileName) {
    super("encrypted-document", 422, "Document %s is encrypted".formatted(fileName), fileName);
  }
}
