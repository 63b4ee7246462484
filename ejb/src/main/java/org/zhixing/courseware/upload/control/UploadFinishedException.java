package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** The upload already ended (stored or refused); it takes no more bytes. */
public class UploadFinishedException extends DomainException {

  public UploadFinishedException(String id) {
    super("upload-finished", 409, "Upload " + id + " is finished", id);
  }
}
