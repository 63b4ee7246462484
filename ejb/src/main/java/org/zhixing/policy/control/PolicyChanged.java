package org.zhixing.policy.control;

/** A document was created, edited, published, unpublished or superseded: the search index must follow. */
public record PolicyChanged(long id) {}
