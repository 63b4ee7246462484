package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** Another request writes to the same upload right now (tus clients retry on 423). */
public class UploadBusyException extends DomainException {

  public UploadBusyException(String id) {
    super("upload-busy", 423, "Upload " + id + " is receiving another request", id);
  }
}
