package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** A chunk was sent for another offset than the server has: the client must ask (HEAD) and continue from there. */
public class UploadOffsetMismatchException extends DomainException {

  public UploadOffsetMismatchException(long received, long given) {
    super("upload-offset-mismatch", 409, "Upload is at %d, the request says %d".formatted(received, given), received, given);
  }
}
