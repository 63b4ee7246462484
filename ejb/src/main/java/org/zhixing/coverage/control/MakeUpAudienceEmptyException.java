package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A make-up session lists its people by sign-in name: everyone not done in the villages chosen has completed or has no account. */
public class MakeUpAudienceEmptyException extends DomainException {

  public MakeUpAudienceEmptyException(int villages) {
    super("make-up-audience-empty", 422,
        "No one with an account left to train in %s villages".formatted(villages), villages);
  }
}
