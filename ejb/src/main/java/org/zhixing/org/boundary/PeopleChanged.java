package org.zhixing.org.boundary;

/**
 * People of a subtree were added, changed, moved or marked departed (an import was committed). Fired inside the
 * transaction that wrote them, so an observer may record follow-up work atomically with the change.
 *
 * @param unitCode the unit at the top of the subtree that changed
 */
public record PeopleChanged(String unitCode) {}
