package org.zhixing.org.control;

import java.util.List;
import org.zhixing.platform.problem.DomainException;

/** The header row lacks columns a people sheet cannot do without. */
public class MissingColumnsException extends DomainException {

  public MissingColumnsException(String missing) {
    super("missing-columns", 422, "Missing columns: %s".formatted(missing), missing);
  }

  MissingColumnsException(List<String> headers) {
    this(String.join("、", headers));
  }
}
