package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A media link whose token was not made by this system for this asset: tampered, truncated or for another file. */
public class MediaLinkInvalidException extends DomainException {

  public MediaLinkInvalidException(String assetId) {
    super("media-link-invalid", 403, "The media link for asset %s has a signature that does not match".formatted(assetId), assetId);
  }
}
