package org.zhixing.coverage.entity;

/** Why a plan exists: 年度计划, 五星专项 (the Five-Star campaign) or 整改补训 (make-up training of weak-and-lax villages). */
public enum PlanKind {
  ANNUAL,
  FIVE_STAR,
  MAKE_UP
}
