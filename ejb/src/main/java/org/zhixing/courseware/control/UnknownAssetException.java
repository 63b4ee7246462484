package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A lesson or cover that names an asset the caller cannot use: missing, out of scope, or of the wrong kind. */
public class UnknownAssetException extends DomainException {

  public UnknownAssetException(String assetId) {
    super("course-asset-unknown", 422, "No usable asset %s".formatted(assetId), assetId);
  }
}
