package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** Creating an upload needs its length in bytes; uploads of unknown length are not offered. */
public class UploadLengthRequiredException extends DomainException {

  public UploadLengthRequiredException(String value) {
    super("upload-length-required", 400, "Upload-Length missing or invalid: " + value, value);
  }
}
