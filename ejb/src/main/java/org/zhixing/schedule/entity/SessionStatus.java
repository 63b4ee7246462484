package org.zhixing.schedule.entity;

/** draft → published → cancelled; a draft may also be cancelled. */
public enum SessionStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED
}
