package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** No such upload, or it belongs to someone else: both look the same, so ids do not leak. */
public class UploadNotFoundException extends DomainException {

  public UploadNotFoundException(String id) {
    super("upload-not-found", 404, "No upload " + id, id);
  }
}
