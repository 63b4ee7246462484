package org.zhixing.coverage.entity;

/** What a plan requires: a course completed, a session attended, a test passed. */
public enum PlanItemKind {
  COURSE,
  SESSION,
  TEST
}
