package org.zhixing.courseware.entity;

/**
 * Where an asset is in its background processing (transcoding, page counting). The original can be streamed in every
 * state; READY means the derived files (e.g. the HLS ladder) are there too.
 */
public enum ProcessingStatus {
  PROCESSING,
  READY,
  FAILED
}
