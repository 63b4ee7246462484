package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A make-up session lists its people by sign-in name: nobody in the chosen villages is both not done and signs in. */
public class MakeUpAudienceEmptyException extends DomainException {

  public MakeUpAudienceEmptyException(int villages) {
    super("make-up-audience-empty", 422,
        "No one with an account left to train in %s villages".formatted(villages), villages);
  }
}
