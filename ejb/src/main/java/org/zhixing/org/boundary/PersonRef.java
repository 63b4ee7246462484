package org.zhixing.org.boundary;

/** Just enough of a person for another feature to keep a reference: id, sign-in name (may be null), name and unit. */
public record PersonRef(long id, String username, String name, String unitCode) {}
