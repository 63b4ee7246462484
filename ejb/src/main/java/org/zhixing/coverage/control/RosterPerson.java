package org.zhixing.coverage.control;

/**
 * A person on a plan's roster as the plan's rule found them: where they serve (code and path), the posts they hold (by
 * the names sheets use, comma-separated), whether they are a village's party secretary, and their village's categories.
 */
public record RosterPerson(long id, String username, String name, String unitCode, String unitPath, String positions,
    boolean partySecretary, boolean weakAndLax, boolean starTarget) {}
