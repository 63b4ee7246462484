package org.zhixing.courseware.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.entity.ProcessingStatus;

/** A media asset as the API shows it. */
public record AssetView(
    UUID id,
    AssetKind kind,
    String mediaType,
    long sizeBytes,
    String sha256,
    String originalName,
    String ownerUnitCode,
    String createdBy,
    Instant createdAt,
    ProcessingStatus status,
    String statusMessage,
    Double durationSeconds,
    Integer pageCount,
    boolean hlsReady,
    List<String> hlsRenditions) {

  static AssetView of(MediaAsset asset) {
    return new AssetView(asset.id(), asset.kind(), asset.mediaType(), asset.sizeBytes(), asset.sha256(),
        asset.originalName(), asset.ownerUnitCode(), asset.createdBy(), asset.createdAt(), asset.status(),
        asset.statusMessage().orElse(null), asset.durationSeconds().orElse(null), asset.pageCount().orElse(null),
        asset.hlsReady(), asset.hlsRenditions());
  }
}
