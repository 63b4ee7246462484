package org.zhixing.courseware.upload.boundary;

import java.util.Optional;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.transcode.entity.TranscodeJob;
import org.zhixing.courseware.upload.entity.ResumableUpload;

/** An upload with what became of it: the asset (once stored) and its HLS transcode (for videos). */
public record UploadState(ResumableUpload upload, Optional<MediaAsset> asset, Optional<TranscodeJob> transcode) {}
