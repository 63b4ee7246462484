/** The mapping of a Keycloak token to a caller: roles and the org unit that bounds what they may see. */
package org.zhixing.identity.control;
