package org.zhixing.courseware.upload.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.control.Blob;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.transcode.control.HlsLadders;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.platform.security.Caller;

/**
 * Turns a checked upload into an asset: the file moves into the content store, and in one transaction the asset is
 * registered with what the checks measured, a video is queued for HLS (unless the same bytes have their ladder
 * already), and the upload records the asset it became.
 * The store is content-addressed and its put atomic, so a rollback after it leaves at most a complete blob that no
 * asset names (the same upload tried again finds it there), never a half-written file or an asset without bytes.
 */
@Stateless
public class AssetIntake {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject ContentStore store;
  @Inject AssetCatalog catalog;
  @Inject HlsLadders ladders;

  public ResumableUpload accept(Caller caller, UUID uploadId, Path staged, Inspection inspection, String runningSha256) {
    ResumableUpload upload = em.find(ResumableUpload.class, uploadId);
    MediaAsset asset = store(caller, staged, inspection, upload.fileName());
    if (!asset.sha256().equals(runningSha256)) {
      // The bytes on disk are not the bytes that arrived: the staging disk damaged them.
      throw new IllegalStateException("Upload %s hashed %s while receiving, %s when stored"
          .formatted(uploadId, runningSha256, asset.sha256()));
    }
    upload.complete(inspection.kind(), inspection.mediaType(), asset.sha256(), asset.id(), Clock.systemUTC().instant());
    return upload;
  }

  /**
   * Moves a checked file into the store and registers it as the caller's asset, with what the checks measured and a
   * video queued for its HLS ladder: the one way in for every upload, resumable or direct.
   */
  public MediaAsset store(Caller caller, Path checked, Inspection inspection, String fileName) {
    Blob blob = store.put(checked);
    MediaAsset asset = catalog.register(blob, inspection.mediaType(), inspection.kind(), fileName, caller);
    Double seconds = inspection.durationMillis() > 0 ? inspection.durationMillis() / 1000.0 : null;
    switch (inspection.kind()) {
      case VIDEO -> ladders.request(asset.id(), blob.sha256(), seconds);
      case AUDIO -> catalog.recordProcessed(asset.id(), seconds, null, List.of());
      case PDF -> catalog.recordProcessed(asset.id(), null, inspection.pages(), List.of());
      case HTML, IMAGE -> { }
    }
    return asset;
  }
}
