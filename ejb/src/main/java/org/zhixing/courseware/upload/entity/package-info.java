/** A resumable upload as the server remembers it between requests and restarts, and its tus metadata. */
package org.zhixing.courseware.upload.entity;
