package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/** Longer than any upload may be ({@code Tus-Max-Size}); refused at creation, before a byte is sent. */
public class UploadExceedsMaxSizeException extends DomainException {

  public UploadExceedsMaxSizeException(long size, long limit) {
    super("upload-exceeds-max-size", 413, "%d bytes over the limit of %d".formatted(size, limit),
        MebiBytes.of(size), MebiBytes.of(limit));
  }
}
