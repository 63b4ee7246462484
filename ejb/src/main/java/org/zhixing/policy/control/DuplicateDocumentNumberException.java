package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** Another document already has this number, whatever brackets it was written with. */
public class DuplicateDocumentNumberException extends DomainException {

  public DuplicateDocumentNumberException(String docNumber) {
    super("duplicate-document-number", 409, "Document number %s is taken".formatted(docNumber), docNumber);
  }
}
