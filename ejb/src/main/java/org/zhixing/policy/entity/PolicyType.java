package org.zhixing.policy.entity;

/** The kind of document, as its title ends: 通知, 意见, 办法, 方案, 标准, 规定/细则, 解读, 问答. */
public enum PolicyType {
  NOTICE,
  OPINION,
  MEASURES,
  PLAN,
  STANDARD,
  RULES,
  INTERPRETATION,
  QA
}
