package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** No import with this id is known on this node (ids are forgotten when the server restarts). */
public class ImportNotFoundException extends DomainException {

  public ImportNotFoundException(String id) {
    super("import-not-found", 404, "No import %s".formatted(id), id);
  }
}
