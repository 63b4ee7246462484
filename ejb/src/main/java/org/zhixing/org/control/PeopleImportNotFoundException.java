package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** No checked import with this id: never made, another admin's, or forgotten at a restart. */
public class PeopleImportNotFoundException extends DomainException {

  public PeopleImportNotFoundException(String id) {
    super("people-import-not-found", 404, "No people import %s".formatted(id), id);
  }
}
