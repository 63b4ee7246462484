package org.zhixing.tracking.control;

import org.zhixing.platform.problem.DomainException;

/**
 * No progress to show: an unknown course or lesson, one the learner may not take, or a learner outside the caller's
 * scope (all look the same from outside).
 */
public class ProgressNotFoundException extends DomainException {

  public ProgressNotFoundException(String what) {
    super("progress-not-found", 404, "No progress for " + what, what);
  }
}
