package org.zhixing.courseware.upload.control;

import org.zhixing.courseware.entity.AssetKind;

/**
 * A finished upload that passed the checks: its kind and media type from the bytes, and what the checks learned on the
 * way (duration and picture height of media, page count of PDFs; zero where it does not apply or was not measured).
 */
public record Inspection(AssetKind kind, String mediaType, long size, long durationMillis, int height, int pages) {}
