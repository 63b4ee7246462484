package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** A file offered as a question's picture that is not a PNG, JPEG or WebP image by its content. */
public class QuestionImageTypeException extends DomainException {

  public QuestionImageTypeException(String fileName) {
    super("quiz-image-type", 415, "Not a PNG, JPEG or WebP picture: " + fileName, fileName);
  }
}
