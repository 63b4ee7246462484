package org.zhixing.courseware.boundary;

import org.zhixing.courseware.control.StoredContent;

/**
 * One file behind a valid media link, with what the streaming endpoint needs for its headers: the bytes, their type,
 * a strong entity tag, and the user the link was issued to (for the access log).
 */
public record MediaFile(StoredContent content, String mediaType, String etag, String username) {}
