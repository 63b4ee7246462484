/** The org tree as the portal and the API use it: browse, look up, list people — always within the caller's scope. */
package org.zhixing.org.boundary;
