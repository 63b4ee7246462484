package org.zhixing.coverage.entity;

/** A draft can be rewritten; publishing fixes the rule and resolves the roster. */
public enum PlanStatus {
  DRAFT,
  PUBLISHED
}
