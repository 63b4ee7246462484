package org.zhixing.policy.search;

/** How many results carry one value of a facet, e.g. level CITY: 42. */
public record FacetCount(String value, long count) {}
