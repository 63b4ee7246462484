package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A direct upload beyond its limit; large files go through the resumable upload. */
public class AssetTooLargeException extends DomainException {

  public AssetTooLargeException(long maxBytes) {
    super("asset-too-large", 413, "The file exceeds %d bytes".formatted(maxBytes), String.valueOf(maxBytes));
  }
}
