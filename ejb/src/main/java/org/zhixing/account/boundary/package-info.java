/** Learner accounts: provisioning status and retry for an admin's scope, password resets and unlocking. */
package org.zhixing.account.boundary;
