package org.zhixing.courseware.upload.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.platform.problem.ProblemMessages;

/**
 * An upload as its owner sees it: how far it got, and how it ended — the asset it became, or why it was refused (the
 * same problem type, title and detail the last chunk was answered with).
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
    Refusal refusal,
    Instant createdAt,
    Instant expiresAt) {

  /** Why a finished upload was not stored. */
  public record Refusal(String type, String title, String detail) {}

  static UploadView of(ResumableUpload upload, List<Locale> languages) {
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
        refusal,
        upload.createdAt(),
        upload.expiresAt());
  }
}
