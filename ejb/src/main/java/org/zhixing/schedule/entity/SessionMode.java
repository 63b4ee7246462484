package org.zhixing.schedule.entity;

/** How a session is held. Only a remote synchronous session is watched through a stream instead of in a venue. */
public enum SessionMode {
  /** 集中培训 */
  CENTRALIZED,
  /** 远程同步 */
  REMOTE_SYNC,
  /** 座谈会 */
  SEMINAR,
  /** 观摩 */
  OBSERVATION,
  /** 面对面指导 */
  FACE_TO_FACE;

  public boolean isStreamed() {
    return this == REMOTE_SYNC;
  }
}
