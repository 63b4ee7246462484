package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/**
 * An asset that exists but cannot serve here: a cover that is not an image, or — when a course goes to review — a
 * lesson asset still processing or whose processing failed (learners would get nothing to play).
 */
public class UnusableAssetException extends DomainException {

  public UnusableAssetException(String assetId) {
    super("course-asset-unusable", 422, "Asset %s cannot be used here".formatted(assetId), assetId);
  }
}
