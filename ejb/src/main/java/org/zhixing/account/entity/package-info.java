/** A person's login account as the application wants it, and how far Keycloak has caught up with it. */
package org.zhixing.account.entity;
