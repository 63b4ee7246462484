package org.zhixing.courseware.transcode.control;

/** What ffprobe tells about a media file: its container, duration, and the picture size of its first video stream. */
public record MediaProbe(String format, long durationMillis, boolean hasVideo, boolean hasAudio, int width, int height) {}
