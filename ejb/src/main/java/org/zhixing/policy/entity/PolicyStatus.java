package org.zhixing.policy.entity;

/** 现行有效, or 已被替代 by a newer document. */
public enum PolicyStatus {
  IN_FORCE,
  SUPERSEDED
}
