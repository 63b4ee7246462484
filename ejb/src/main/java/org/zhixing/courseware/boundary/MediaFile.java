package org.zhixing.courseware.boundary;

import java.time.Instant;
import org.zhixing.courseware.control.StoredContent;

/**
 * One file behind a valid media link, with what the streaming endpoint needs for its headers: the bytes, their type,
 * a strong entity tag, the user the link was issued to (for the access log) and when the link expires.
 */
public record MediaFile(StoredContent content, String mediaType, String etag, String username, Instant expiresAt) {}
