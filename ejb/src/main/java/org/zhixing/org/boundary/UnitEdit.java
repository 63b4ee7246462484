package org.zhixing.org.boundary;

/**
 * A change of a unit's own attributes, made on {@code version}: a new name, and for a village or community its Five-Star
 * target (1–5) and the year it is listed weak-and-lax (null for none). For other units both must be null.
 */
public record UnitEdit(long version, String name, Integer starTarget, Integer weakYear) {}
