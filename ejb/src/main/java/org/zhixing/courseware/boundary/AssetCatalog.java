package org.zhixing.courseware.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.control.AssetNotFoundException;
import org.zhixing.courseware.control.AssetRepository;
import org.zhixing.courseware.control.Blob;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.control.UnsupportedAssetTypeException;
import org.zhixing.courseware.control.WorkFile;
import org.zhixing.courseware.control.MediaSigningKey;
import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * The catalog of media assets over the content store. Trainers and admins see the assets owned within their subtree
 * (a system admin all of them); an asset outside it is reported as not found, so its existence does not leak.
 * Learners reach assets through the lessons they may take, whose feature checks that and then asks for a link with
 * {@link #linkFor(UUID, String)}.
 */
@Stateless
public class AssetCatalog {

  @Inject AssetRepository assets;
  @Inject OrgDirectory org;
  @Inject MediaSigningKey signing;
  @Inject ContentStore store;

  /** Larger files go through the resumable upload. */
  public static final long MAX_DIRECT_UPLOAD = 256L * 1024 * 1024;

  /** Registers a stored blob as an asset owned by the caller's unit. The blob must already be in the store. */
  public MediaAsset register(Blob blob, String mediaType, AssetKind kind, String originalName, Caller caller) {
    OrgUnit owner = org.scopeOf(caller);
    MediaAsset asset = new MediaAsset(
        new MediaAsset.StoredBytes(blob.sha256(), blob.size()), mediaType, kind, originalName,
        new MediaAsset.Owner(owner.code(), owner.path()), caller.username(), Instant.now());
    assets.add(asset);
    return asset;
  }

  /**
   * Stores a request body as a new asset of the caller's unit: the direct way for small files (a cover image, a
   * short clip, a script's test video). The media type is the one declared; large or unreliable uploads go through the
   * resumable upload, which also sniffs the type from the bytes.
   */
  public MediaAsset upload(Caller caller, InputStream body, String mediaType, String originalName) {
    AssetKind kind = AssetKind.of(mediaType).orElseThrow(() -> new UnsupportedAssetTypeException(mediaType));
    Path file = WorkFile.receive(store, body, MAX_DIRECT_UPLOAD);
    try {
      return register(store.put(file), mediaType, kind, originalName, caller);
    } finally {
      WorkFile.discard(file.getParent());
    }
  }

  public MediaAsset find(Caller caller, UUID id) {
    return assets.find(id).filter(asset -> maySee(caller, asset)).orElseThrow(() -> new AssetNotFoundException(id.toString()));
  }

  public Page<MediaAsset> list(Caller caller, PageRequest page) {
    if (!isStaff(caller)) {
      return Page.of(List.of(), page, 0);
    }
    return assets.ownedWithin(org.scopeOf(caller).path(), page);
  }

  /** A signed link to an asset the caller may see in the catalog. */
  public MediaLink link(Caller caller, UUID id) {
    return linkFor(find(caller, id).id(), caller.username());
  }

  /**
   * A signed link for a user whose right to the asset the calling feature has checked already (e.g. a learner
   * enrolled in a lesson that shows it). The link works for every file of the asset until it expires.
   */
  public MediaLink linkFor(UUID assetId, String username) {
    Instant expiresAt = Instant.now().plus(signing.ttl());
    String token = signing.signer().sign(assetId, username, expiresAt);
    return new MediaLink("/media/" + token + "/" + assetId, expiresAt);
  }

  /** For the transcoder: processing (re)starts. */
  public void startProcessing(UUID id) {
    assets.get(id).startProcessing();
  }

  /** For the transcoder: what processing found out; the HLS rungs are the folders under the blob's "hls". */
  public void recordProcessed(UUID id, Double durationSeconds, Integer pageCount, List<String> hlsRenditions) {
    assets.get(id).processed(durationSeconds, pageCount, hlsRenditions);
  }

  /** For the transcoder: processing failed; the message is shown to the trainer. */
  public void recordFailure(UUID id, String message) {
    assets.get(id).failed(message);
  }

  private boolean maySee(Caller caller, MediaAsset asset) {
    return isStaff(caller) && asset.ownedWithin(org.scopeOf(caller).path());
  }

  private static boolean isStaff(Caller caller) {
    return caller.has(Role.TRAINER) || caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
  }
}
