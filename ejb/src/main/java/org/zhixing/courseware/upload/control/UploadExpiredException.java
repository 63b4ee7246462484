package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** The upload was not finished in time and its bytes are gone; the client starts a new one (tus: 410 Gone). */
public class UploadExpiredException extends DomainException {

  public UploadExpiredException(String id) {
    super("upload-expired", 410, "Upload " + id + " expired", id);
  }
}
