package org.zhixing.courseware.upload.control;

import org.zhixing.platform.problem.DomainException;

/**
 * One PATCH carried more than the server takes in one request (the HTTP listener's body limit); the client must send
 * the file in smaller chunks (tus-js-client: {@code chunkSize}). Nothing of it was kept.
 */
public class ChunkTooLargeException extends DomainException {

  public ChunkTooLargeException(long size, long limit) {
    super("upload-chunk-too-large", 413, "Chunk of %d bytes over the limit of %d".formatted(size, limit),
        MebiBytes.of(size), MebiBytes.of(limit));
  }
}
