package org.zhixing.courseware.entity;

import org.zhixing.platform.problem.DomainException;

/** A rejection must tell the authors what to change. */
public class ReviewCommentRequiredException extends DomainException {

  public ReviewCommentRequiredException(String courseTitle) {
    super("review-comment-required", 422, "Rejecting a course needs a comment", courseTitle);
  }
}
