package org.zhixing.courseware.upload.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.transcode.entity.TranscodeJob;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.platform.problem.ProblemMessages;

/**
 * An upload as its owner sees it: how far it got, and how it ended — the asset it became and how far its processing
 * is, or why it was refused (the same problem type, title and detail the last chunk was answered with).
 */
public record UploadView(
    String id,
    String fileName,
    long length,
    long offset,
    String status,
    String kind,
    String mediaType,
    String sha256,
    UUID assetId,
    Processing processing,
    Refusal refusal,
    Instant createdAt,
    Instant expiresAt) {

  /** Why a finished upload was not stored. */
  public record Refusal(String type, String title, String detail) {}

  /**
   * The asset's background processing: PROCESSING (with the transcode's percent), READY, or FAILED with a message —
   * the original is streamable in every state.
   */
  public record Processing(
      String status, Integer progress, String message, Double durationSeconds, Integer pageCount, List<String> hlsRenditions) {

    static Processing of(MediaAsset asset, TranscodeJob transcode) {
      return new Processing(
          asset.status().name(),
          transcode == null ? null : transcode.progress(),
          asset.statusMessage().orElse(null),
          asset.durationSeconds().orElse(null),
          asset.pageCount().orElse(null),
          asset.hlsRenditions());
    }
  }

  static UploadView of(UploadState state, List<Locale> languages) {
    ResumableUpload upload = state.upload();
    Refusal refusal = null;
    if (upload.problem() != null) {
      Locale locale = ProblemMessages.localeFor(languages);
      refusal = new Refusal(
          "urn:zhixing:problem:" + upload.problem(),
          ProblemMessages.title(upload.problem(), locale),
          ProblemMessages.detail(upload.problem(), locale, upload.problemArguments()));
    }
    return new UploadView(
        upload.id().toString(),
        upload.fileName(),
        upload.length(),
        upload.received(),
        upload.status().name(),
        upload.kind() == null ? null : upload.kind().name(),
        upload.mediaType(),
        upload.sha256(),
        upload.assetId(),
        state.asset().map(asset -> Processing.of(asset, state.transcode().orElse(null))).orElse(null),
        refusal,
        upload.createdAt(),
        upload.expiresAt());
  }
}
