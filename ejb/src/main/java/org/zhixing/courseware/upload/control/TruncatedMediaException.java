package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** The file is of an accepted kind but incomplete or damaged, e.g. an MP4 without its index or a PDF without its end. */
public class TruncatedMediaException extends DomainException {

  public TruncatedMediaException(String fileName, String reason) {
    super("truncated-media", 422, "Incomplete or damaged " + fileName + ": " + reason, fileName, reason);
  }
}
