package org.zhixing.courseware.entity;

/**
 * Where one version of a course stands: a trainer's {@code DRAFT}, {@code SUBMITTED} for review, {@code PUBLISHED} to
 * learners, replaced by a newer published version ({@code SUPERSEDED}), or withdrawn for good ({@code RETIRED}).
 */
public enum RevisionStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  SUPERSEDED,
  RETIRED;

  /** A draft or submitted version: the one a course's authors are working on. */
  public boolean isWorking() {
    return this == DRAFT || this == SUBMITTED;
  }
}
