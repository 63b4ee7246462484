/**
 * Who is calling, as every feature needs to know it: the caller's roles and the org unit that bounds what they see.
 * The identity feature fills it from the Keycloak token.
 */
package org.zhixing.platform.security;
