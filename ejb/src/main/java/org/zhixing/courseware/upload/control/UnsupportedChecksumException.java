package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** An {@code Upload-Checksum} header with an algorithm the server does not offer, or not in tus form. */
public class UnsupportedChecksumException extends DomainException {

  public UnsupportedChecksumException(String header) {
    super("upload-checksum-unsupported", 400, "Unsupported Upload-Checksum: " + header, header);
  }
}
