package org.zhixing.courseware.upload.control;

import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.platform.problem.DomainException;

/** Larger than the limit for its kind; refused at creation when the declared type and length already say so. */
public class UploadTooLargeException extends DomainException {

  /** The kind travels as its ordinal, which the messages turn into a word (视频, audio, …) with a choice format. */
  public UploadTooLargeException(long size, long limit, long kindOrdinal) {
    super("upload-too-large", 413, "%d bytes over the limit of %d for kind %d".formatted(size, limit, kindOrdinal),
        MebiBytes.of(size), MebiBytes.of(limit), kindOrdinal);
  }

  static UploadTooLargeException of(AssetKind kind, long size, long limit) {
    return new UploadTooLargeException(size, limit, kind.ordinal());
  }
}
