/**
 * The audit log: who changed what, when, and what it was before and after. Any feature records its changes here in
 * the transaction of the change; admins read the entries of their own subtree, found by the org path of the subject.
 */
package org.zhixing.platform.audit;
