package org.zhixing.courseware.upload.entity;

/** Where an upload stands: bytes still coming, stored as an asset, or refused with a reason. */
public enum UploadStatus {
  RECEIVING,
  COMPLETED,
  REJECTED
}
