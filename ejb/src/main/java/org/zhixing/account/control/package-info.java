/**
 * Keeping the learners' Keycloak accounts in step with the people: what each account should be, a worker that makes
 * Keycloak so (resumable, retried), and the admin API calls that do it.
 */
package org.zhixing.account.control;
