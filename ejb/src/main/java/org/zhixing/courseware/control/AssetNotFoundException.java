package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** An asset that does not exist, or that the caller may not see (both look the same from outside). */
public class AssetNotFoundException extends DomainException {

  public AssetNotFoundException(String id) {
    super("asset-not-found", 404, "No media asset %s".formatted(id), id);
  }
}
