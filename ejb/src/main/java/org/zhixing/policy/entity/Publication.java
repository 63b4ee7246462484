package org.zhixing.policy.entity;

/** Whether a document is shown to its readers: only PUBLISHED ones are, and only they are in the search index. */
public enum Publication {
  DRAFT,
  PUBLISHED,
  UNPUBLISHED
}
