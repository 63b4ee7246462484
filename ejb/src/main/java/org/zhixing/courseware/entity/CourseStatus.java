package org.zhixing.courseware.entity;

/** Where a course stands as a whole: the status of its newest version (a superseded version is never the newest). */
public enum CourseStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  RETIRED;

  static CourseStatus of(RevisionStatus status) {
    return switch (status) {
      case DRAFT -> DRAFT;
      case SUBMITTED -> SUBMITTED;
      case PUBLISHED -> PUBLISHED;
      case RETIRED -> RETIRED;
      case SUPERSEDED -> throw new IllegalStateException("a superseded version is never a course's newest");
    };
  }
}
