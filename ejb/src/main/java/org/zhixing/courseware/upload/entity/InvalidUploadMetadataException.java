package org.zhixing.courseware.upload.entity;

import org.zhixing.platform.problem.DomainException;

/** The {@code Upload-Metadata} header does not follow the tus rules. */
public class InvalidUploadMetadataException extends DomainException {

  public InvalidUploadMetadataException(String why) {
    super("invalid-upload-metadata", 400, "Invalid Upload-Metadata: " + why, why);
  }
}
