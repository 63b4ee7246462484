package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** The bytes are not of a kind courseware takes (video, audio, PDF, HTML, image), whatever the file name says. */
public class UnsupportedAssetKindException extends DomainException {

  public UnsupportedAssetKindException(String fileName, String detectedType) {
    super("unsupported-media-kind", 422, "Not courseware: " + detectedType, fileName, detectedType);
  }
}
