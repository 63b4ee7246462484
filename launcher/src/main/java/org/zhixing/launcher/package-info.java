/**
 * Starts the whole system on one machine for {@code ./zhixing run}: an embedded PostgreSQL, Keycloak with the
 * {@code zhixing} demo realm, and the provisioned WildFly with the EAR, in that order, and stops them in reverse.
 *
 * <p>{@link org.zhixing.launcher.EmbeddedDatabase}, {@link org.zhixing.launcher.KeycloakServer} and
 * {@link org.zhixing.launcher.WildFlyServer} are public so that the system tests start the same servers the same way.
 * Expected failures (a busy port, a server that does not come up) are {@link org.zhixing.launcher.LaunchException}s
 * and reach the user as one line, not as a stack trace.
 */
package org.zhixing.launcher;
