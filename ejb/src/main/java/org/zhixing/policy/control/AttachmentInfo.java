package org.zhixing.policy.control;

/** An attachment without its bytes, for listing. */
public record AttachmentInfo(long id, String fileName, String mediaType, long size) {}
