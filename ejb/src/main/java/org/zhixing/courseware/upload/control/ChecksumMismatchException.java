package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** The chunk arrived damaged (tus checksum extension: 460); it was discarded and the offset did not move. */
public class ChecksumMismatchException extends DomainException {

  public ChecksumMismatchException(String algorithm) {
    super("upload-checksum-mismatch", 460, "Chunk does not match its " + algorithm + " checksum", algorithm);
  }
}
