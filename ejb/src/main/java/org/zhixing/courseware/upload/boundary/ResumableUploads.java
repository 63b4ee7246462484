package org.zhixing.courseware.upload.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.control.AssetNotFoundException;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.transcode.control.TranscodeJobs;
import org.zhixing.courseware.upload.control.AssetIntake;
import org.zhixing.courseware.upload.control.ChecksumMismatchException;
import org.zhixing.courseware.upload.control.Inspection;
import org.zhixing.courseware.upload.control.MediaInspector;
import org.zhixing.courseware.upload.control.RunningDigests;
import org.zhixing.courseware.upload.control.StagingArea;
import org.zhixing.courseware.upload.control.UploadChecksum;
import org.zhixing.courseware.upload.control.UploadFinishedException;
import org.zhixing.courseware.upload.control.UploadLedger;
import org.zhixing.courseware.upload.control.UploadLengthRequiredException;
import org.zhixing.courseware.upload.control.UploadLocks;
import org.zhixing.courseware.upload.control.UploadOffsetMismatchException;
import org.zhixing.courseware.upload.control.UploadSettings;
import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.courseware.upload.entity.UploadMetadata;
import org.zhixing.courseware.upload.entity.UploadStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.platform.security.Caller;

/**
 * Resumable uploads of courseware files (the tus 1.0 protocol's use cases): create, ask how far, send the next chunk,
 * give up. The last chunk triggers the checks; a file that passes becomes an asset, one that fails is refused with the
 * reason and leaves nothing stored. No transaction spans a chunk: bytes go to the staging file first, the offset they
 * reached is recorded after, so what the database says is always on disk.
 */
@ApplicationScoped
public class ResumableUploads {

  @Inject UploadLedger ledger;
  @Inject StagingArea staging;
  @Inject RunningDigests digests;
  @Inject UploadLocks locks;
  @Inject UploadSettings settings;
  @Inject MediaInspector inspector;
  @Inject AssetIntake intake;
  @Inject AssetCatalog catalog;
  @Inject TranscodeJobs transcodes;

  /** Opens an upload of {@code length} bytes; a length over the limit (of the declared type, or of any) is refused. */
  public ResumableUpload create(Caller caller, long length, String metadataHeader) {
    if (length <= 0) {
      throw new UploadLengthRequiredException(Long.toString(length));
    }
    UploadMetadata metadata = UploadMetadata.parse(metadataHeader);
    settings.limits().checkAnnounced(length, metadata.declaredType().flatMap(AssetKind::of));
    ResumableUpload upload =
        new ResumableUpload(caller.username(), length, metadata, Clock.systemUTC().instant(), settings.lifetime());
    staging.create(upload.id());
    return ledger.add(upload);
  }

  /** The caller's upload as it stands (tus HEAD, and the status with its asset once finished). */
  public ResumableUpload status(Caller caller, UUID id) {
    return ledger.owned(caller.username(), id);
  }

  /** The caller's upload with its asset and transcode, for the status views. */
  public UploadState describe(Caller caller, UUID id) {
    return stateOf(caller, ledger.owned(caller.username(), id));
  }

  /** The caller's uploads, newest first, each with its asset and transcode. */
  public Page<UploadState> mine(Caller caller, PageRequest page) {
    return ledger.ofOwner(caller.username(), page).map(upload -> stateOf(caller, upload));
  }

  private UploadState stateOf(Caller caller, ResumableUpload upload) {
    Optional<MediaAsset> asset = Optional.ofNullable(upload.assetId()).flatMap(id -> assetOf(caller, id));
    return new UploadState(upload, asset, asset.flatMap(a -> transcodes.ofAsset(a.id())));
  }

  /** The asset as the catalog shows it to the caller; none when it is out of their sight (e.g. moved to another unit). */
  private Optional<MediaAsset> assetOf(Caller caller, UUID id) {
    try {
      return Optional.of(catalog.find(caller, id));
    } catch (AssetNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Appends one chunk at {@code offset}, which must be where the upload stands. With a checksum the chunk counts only
   * if it matches; without one, the bytes of a body that broke off are kept, so the client resumes after them.
   */
  public ResumableUpload receive(Caller caller, UUID id, long offset, String checksumHeader, InputStream body) {
    Optional<UploadChecksum> checksum = UploadChecksum.parse(checksumHeader);
    try (UploadLocks.Held held = locks.acquire(id)) {
      ResumableUpload upload = ledger.owned(caller.username(), id);
      if (upload.status() != UploadStatus.RECEIVING) {
        throw new UploadFinishedException(id.toString());
      }
      if (offset != upload.received()) {
        throw new UploadOffsetMismatchException(upload.received(), offset);
      }
      MessageDigest whole = digests.at(id, offset, staging.path(id));
      Optional<MessageDigest> chunk = checksum.map(UploadChecksum::newDigest);
      List<MessageDigest> feeds = new ArrayList<>(List.of(whole));
      chunk.ifPresent(feeds::add);
      StagingArea.Received received = staging.write(id, offset, body, upload.length() - offset, feeds);
      if (checksum.isPresent() && (received.interrupted() || !checksum.get().matches(chunk.get()))) {
        staging.truncate(id, offset);
        throw new ChecksumMismatchException(checksum.get().algorithm());
      }
      long reached = offset + received.bytes();
      digests.remember(id, reached, whole);
      ResumableUpload advanced = ledger.advance(id, reached);
      return advanced.allBytesReceived() ? finish(caller, advanced, whole) : advanced;
    }
  }

  /** tus termination: the upload and its bytes are dropped; a finished upload's asset stays. */
  public void terminate(Caller caller, UUID id) {
    try (UploadLocks.Held held = locks.acquire(id)) {
      ResumableUpload upload = ledger.owned(caller.username(), id);
      if (upload.status() == UploadStatus.RECEIVING) {
        staging.delete(id);
        digests.forget(id);
      }
      ledger.remove(id);
    }
  }

  private ResumableUpload finish(Caller caller, ResumableUpload upload, MessageDigest whole) {
    UUID id = upload.id();
    try {
      Inspection inspection = inspector.inspect(staging.path(id), upload.fileName(), settings.limits());
      return intake.accept(caller, id, staging.path(id), inspection, HexFormat.of().formatHex(whole.digest()));
    } catch (DomainException refused) {
      ledger.reject(id, refused);
      staging.delete(id);
      throw refused;
    } finally {
      digests.forget(id);
    }
  }
}
