/**
 * How uploads work underneath: the upload rows in short transactions, the staging files written at their offset, the
 * running hash, the checks at the end (type sniffing, size per kind, truncation), the hand-over to the content store
 * and asset catalog, and the cleanup of uploads that expired.
 */
package org.zhixing.courseware.upload.control;
