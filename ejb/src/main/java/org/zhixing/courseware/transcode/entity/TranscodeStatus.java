package org.zhixing.courseware.transcode.entity;

/** A transcode waits its turn, runs, or ended with the ladder published or with a failure. */
public enum TranscodeStatus {
  QUEUED,
  RUNNING,
  READY,
  FAILED
}
