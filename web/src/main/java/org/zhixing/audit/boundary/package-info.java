/**
 * Reading the audit log ({@code org.zhixing.platform.audit}) over HTTP, bounded by the caller's org subtree. Features
 * write their entries themselves, in the transaction of each change.
 */
package org.zhixing.audit.boundary;
