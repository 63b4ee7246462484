package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A genuine media link past its expiry: the player should ask for a fresh one. */
public class MediaLinkExpiredException extends DomainException {

  public MediaLinkExpiredException(String assetId) {
    super("media-link-expired", 403, "The media link for asset %s has expired".formatted(assetId), assetId);
  }
}
