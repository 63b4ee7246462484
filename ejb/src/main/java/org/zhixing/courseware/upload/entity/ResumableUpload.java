package org.zhixing.courseware.upload.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.zhixing.courseware.entity.AssetKind;

/**
 * One resumable upload as the server remembers it between requests and restarts: its owner, the length announced at
 * creation, how many bytes are safely on disk, and how it ended. The id is random, so an upload URL cannot be guessed.
 * An unfinished upload expires when no bytes arrive for a while; every accepted chunk moves the expiry forward.
 */
@Entity
@Table(name = "upload")
public class ResumableUpload {

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String owner;

  @Column(nullable = false)
  private long length;

  @Column(nullable = false)
  private long received;

  @Column(length = UploadMetadata.MAX_HEADER_LENGTH)
  private String metadata;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "declared_type")
  private String declaredType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UploadStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private AssetKind kind;

  @Column(name = "media_type")
  private String mediaType;

  @Column(length = 64)
  private String sha256;

  @Column(name = "asset_id")
  private UUID assetId;

  @Column(length = 60)
  private String problem;

  @Column(name = "problem_args", length = 500)
  private String problemArgs;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Version private long version;

  protected ResumableUpload() {}

  public ResumableUpload(String owner, long length, UploadMetadata metadata, Instant now, Duration lifetime) {
    if (length < 0) {
      throw new IllegalArgumentException("An upload has a length of zero or more bytes");
    }
    this.id = UUID.randomUUID();
    this.owner = Objects.requireNonNull(owner);
    this.length = length;
    this.metadata = metadata.header();
    this.fileName = metadata.fileName();
    this.declaredType = metadata.declaredType().orElse(null);
    this.status = UploadStatus.RECEIVING;
    this.createdAt = now;
    this.updatedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public boolean isOwnedBy(String username) {
    return owner.equals(username);
  }

  public boolean isExpired(Instant now) {
    return status == UploadStatus.RECEIVING && !now.isBefore(expiresAt);
  }

  /** More bytes are safely on disk; the upload stays alive for another lifetime from now. */
  public void advanceTo(long offset, Instant now, Duration lifetime) {
    if (status != UploadStatus.RECEIVING || offset < received || offset > length) {
      throw new IllegalStateException("Upload %s cannot move from %d to %d".formatted(id, received, offset));
    }
    this.received = offset;
    this.updatedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public boolean allBytesReceived() {
    return received == length;
  }

  /** All bytes arrived, passed the checks, and are stored as the given asset. */
  public void complete(AssetKind kind, String mediaType, String sha256, UUID assetId, Instant now) {
    requireAllBytes();
    Objects.requireNonNull(assetId);
    this.status = UploadStatus.COMPLETED;
    this.kind = kind;
    this.mediaType = mediaType;
    this.sha256 = sha256;
    this.assetId = assetId;
    this.updatedAt = now;
  }

  /** All bytes arrived but the file was refused; the problem type and its arguments say why. */
  public void reject(String problem, List<Object> arguments, Instant now) {
    requireAllBytes();
    this.status = UploadStatus.REJECTED;
    this.problem = problem;
    String joined = String.join("\u001f", arguments.stream().map(String::valueOf).toList());
    this.problemArgs = joined.length() > 500 ? joined.substring(0, 500) : joined;
    this.updatedAt = now;
  }

  private void requireAllBytes() {
    if (status != UploadStatus.RECEIVING || !allBytesReceived()) {
      throw new IllegalStateException("Upload " + id + " is not fully received");
    }
  }

  public UUID id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public long length() {
    return length;
  }

  public long received() {
    return received;
  }

  public String metadata() {
    return metadata;
  }

  public String fileName() {
    return fileName;
  }

  public String declaredType() {
    return declaredType;
  }

  public UploadStatus status() {
    return status;
  }

  public AssetKind kind() {
    return kind;
  }

  public String mediaType() {
    return mediaType;
  }

  public String sha256() {
    return sha256;
  }

  public UUID assetId() {
    return assetId;
  }

  public String problem() {
    return problem;
  }

  /** The arguments of the problem message, as strings. */
  public List<Object> problemArguments() {
    return problemArgs == null || problemArgs.isEmpty() ? List.of() : List.of((Object[]) problemArgs.split("\u001f", -1));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
