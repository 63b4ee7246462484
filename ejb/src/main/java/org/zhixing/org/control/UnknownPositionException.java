package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** A rule names a post the campaign does not have. */
public class UnknownPositionException extends DomainException {

  public UnknownPositionException(String position) {
    super("unknown-position", 422, "No position " + position, position);
  }
}
