package org.zhixing.courseware.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A piece of courseware as a trainer uploaded it: which stored bytes it is (by SHA-256), what they are, who uploaded
 * it for which org unit, and what background processing made of it (duration, pages, HLS renditions). Many assets
 * may share one blob; lessons refer to assets by id.
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

  private static final int MAX_MESSAGE = 500;

  @Id private UUID id;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "media_type", nullable = false, length = 100, updatable = false)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8, updatable = false)
  private AssetKind kind;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "original_name", nullable = false, length = 255)
  private String originalName;

  @Column(name = "owner_unit_code", nullable = false, length = 12, updatable = false)
  private String ownerUnitCode;

  /** The owner's path in the org tree ("/city/county/"), so that "assets within a subtree" is a prefix match. */
  @Column(name = "owner_unit_path", nullable = false, length = 100, updatable = false)
  private String ownerUnitPath;

  @Column(name = "created_by", nullable = false, length = 100, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ProcessingStatus status;

  @Column(name = "status_message", length = MAX_MESSAGE)
  private String statusMessage;

  @Column(name = "duration_seconds")
  private Double durationSeconds;

  @Column(name = "page_count")
  private Integer pageCount;

  /** The HLS rungs, comma-separated in ascending quality (e.g. "240p,360p,720p"); empty until HLS is ready. */
  @Column(name = "hls_renditions", nullable = false, length = 200)
  private String hlsRenditions = "";

  @Version private long version;

  protected MediaAsset() {}

  /**
   * A new asset. Video and audio start PROCESSING (the transcoder reports back); other kinds need no processing and
   * are READY at once.
   */
  public MediaAsset(StoredBytes bytes, String mediaType, AssetKind kind, String originalName, Owner owner,
      String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.sha256 = Objects.requireNonNull(bytes, "bytes").sha256();
    this.sizeBytes = bytes.size();
    this.mediaType = requireText(mediaType, "mediaType", 100);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.originalName = requireText(originalName, "originalName", 255);
    this.ownerUnitCode = requireText(owner.unitCode(), "owner.unitCode", 12);
    this.ownerUnitPath = requireText(owner.unitPath(), "owner.unitPath", 100);
    this.createdBy = requireText(createdBy, "createdBy", 100);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = kind == AssetKind.VIDEO || kind == AssetKind.AUDIO ? ProcessingStatus.PROCESSING : ProcessingStatus.READY;
  }

  /** The blob an asset points to, as the entity needs it (the store's Blob lives in control). */
  public record StoredBytes(String sha256, long size) {}

  /** The org unit an asset belongs to: its code and its path from the root, e.g. "/411600000000/411627000000/". */
  public record Owner(String unitCode, String unitPath) {}

  /** Whether the asset belongs to the subtree whose root has this path. */
  public boolean ownedWithin(String subtreePath) {
    return ownerUnitPath.startsWith(subtreePath);
  }

  /** Processing starts (again), e.g. when a transcode is retried. */
  public void startProcessing() {
    status = ProcessingStatus.PROCESSING;
    statusMessage = null;
  }

  /** Processing finished: what it measured, and the HLS rungs it published (none for PDFs and images). */
  public void processed(Double durationSeconds, Integer pageCount, List<String> hlsRenditions) {
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (pageCount != null && pageCount < 0) {
      throw new IllegalArgumentException("page count must not be negative");
    }
    this.durationSeconds = durationSeconds;
    this.pageCount = pageCount;
    this.hlsRenditions = String.join(",", hlsRenditions);
    this.status = ProcessingStatus.READY;
    this.statusMessage = null;
  }

  /** Processing failed; the original stays streamable, the message says why (for the trainer). */
  public void failed(String message) {
    this.status = ProcessingStatus.FAILED;
    String text = message == null || message.isBlank() ? "processing failed" : message.strip();
    this.statusMessage = text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text;
  }

  public boolean hlsReady() {
    return !hlsRenditions.isEmpty();
  }

  public List<String> hlsRenditions() {
    return hlsRenditions.isEmpty() ? List.of() : Arrays.asList(hlsRenditions.split(","));
  }

  public UUID id() {
    return id;
  }

  public String sha256() {
    return sha256;
  }

  public String mediaType() {
    return mediaType;
  }

  public AssetKind kind() {
    return kind;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String originalName() {
    return originalName;
  }

  public String ownerUnitCode() {
    return ownerUnitCode;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public ProcessingStatus status() {
    return status;
  }

  public Optional<String> statusMessage() {
    return Optional.ofNullable(statusMessage);
  }

  public Optional<Double> durationSeconds() {
    return Optional.ofNullable(durationSeconds);
  }

  public Optional<Integer> pageCount() {
    return Optional.ofNullable(pageCount);
  }

  private static String requireText(String value, String name, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MediaAsset asset && id.equals(asset.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
