package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A file of a type courseware does not take (video, audio, PDF, HTML and images are taken). */
public class UnsupportedAssetTypeException extends DomainException {

  public UnsupportedAssetTypeException(String mediaType) {
    super("unsupported-asset-type", 415, "Media type %s is not courseware".formatted(mediaType), mediaType);
  }
}
