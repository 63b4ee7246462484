package org.zhixing.transcript.control;

import org.zhixing.platform.problem.DomainException;

/** No such learner, or one outside the caller's subtree: the same answer, so nothing leaks. */
public class LearningRecordNotFoundException extends DomainException {

  public LearningRecordNotFoundException(String learner) {
    super("learning-record-not-found", 404, "Learning record of " + learner, learner);
  }
}
