package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** A chunk carried bytes beyond the length announced at creation; nothing of it was kept. */
public class UploadOverrunException extends DomainException {

  public UploadOverrunException(long length) {
    super("upload-overrun", 413, "More bytes than the announced length " + length, length);
  }
}
