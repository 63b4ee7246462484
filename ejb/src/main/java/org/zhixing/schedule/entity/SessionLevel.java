package org.zhixing.schedule.entity;

/** Which tier of the Party organization holds a session. */
public enum SessionLevel {
  /** 市级 */
  MUNICIPAL,
  /** 县级 */
  COUNTY,
  /** 乡级 */
  TOWNSHIP
}
