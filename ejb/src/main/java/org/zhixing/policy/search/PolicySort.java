package org.zhixing.policy.search;

/** How search results are ordered; a query without text is always ordered by date. */
public enum PolicySort {
  RELEVANCE,
  /** By issue date, the most recent first. */
  NEWEST
}
