/** Learner accounts over HTTP: provisioning status and retry, per-person account, password reset, unlock. */
package org.zhixing.account.boundary;
