package org.zhixing.courseware.transcode.control;

import java.util.UUID;

/** A video joined the transcode queue; observed after commit, so the worker finds the job when it looks. */
public record TranscodeRequested(UUID assetId) {}
