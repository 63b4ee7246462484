package org.zhixing.content;

/**
 * A demo sign-in account; the Keycloak realm holds the same username with this realm role.
 *
 * @param role SYS_ADMIN, ORG_ADMIN, TRAINER or LEARNER
 * @param unitCode the unit whose data the account works on
 */
public record DemoAccount(String username, String displayName, String role, String unitCode) {}
