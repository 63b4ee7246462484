package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** The file is not one of the kinds the library takes: PDF, Word (DOCX, DOC), HTML or plain text — judged by its content, not its name. */
public class UnsupportedDocumentTypeException extends DomainException {

  public UnsupportedDocumentTypeException(String mediaType) {
    super("unsupported-document-type", 415, "Unsupported document type %s".formatted(mediaType), mediaType);
  }
}
