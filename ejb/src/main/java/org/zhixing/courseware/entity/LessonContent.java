package org.zhixing.courseware.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * What a lesson shows: an asset of the content store (its kind, and the length the asset catalog measured), or, for an
 * HTML lesson, text written in the editor. {@code durationSeconds} is set for timed kinds, {@code pageCount} for paged
 * ones (an HTML page or an image counts as one page).
 */
public record LessonContent(AssetKind kind, UUID assetId, String bodyHtml, Integer durationSeconds, Integer pageCount) {

  public LessonContent {
    Objects.requireNonNull(kind, "kind");
    if (assetId == null && (kind != AssetKind.HTML || bodyHtml == null || bodyHtml.isBlank())) {
      throw new IllegalArgumentException("a " + kind + " lesson needs an asset");
    }
    if (durationSeconds != null && durationSeconds < 0 || pageCount != null && pageCount < 0) {
      throw new IllegalArgumentException("lengths cannot be negative");
    }
    if (bodyHtml != null && bodyHtml.isBlank()) {
      bodyHtml = null;
    }
    if (!isTimed(kind) && pageCount == null) {
      pageCount = 1;
    }
  }

  /** Video and audio are measured by media time watched; the other kinds by pages read and dwell time. */
  public static boolean isTimed(AssetKind kind) {
    return kind == AssetKind.VIDEO || kind == AssetKind.AUDIO;
  }

  public static LessonContent ofAsset(AssetKind kind, UUID assetId, Integer durationSeconds, Integer pageCount) {
    return new LessonContent(kind, Objects.requireNonNull(assetId, "assetId"), null, durationSeconds, pageCount);
  }

  public static LessonContent ofText(String bodyHtml) {
    return new LessonContent(AssetKind.HTML, null, bodyHtml, null, 1);
  }
}
