package org.zhixing.courseware.entity;

/** What a lesson presents, which decides how it is played and how its completion is measured. */
public enum LessonKind {
  VIDEO,
  AUDIO,
  PDF,
  HTML,
  IMAGE;

  /** Video and audio are measured by the share of media time watched; the others by pages read and dwell time. */
  public boolean isTimed() {
    return this == VIDEO || this == AUDIO;
  }
}
