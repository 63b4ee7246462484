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
import org.zhixing.courseware.transcode.control.MediaTools;
import org.zhixing.courseware.transcode.control.TranscodeJobs;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.platform.security.Caller;

/**
 * Turns a checked upload into an asset: the file moves into the content store, and in one transaction the asset is
 * registered with what the checks measured, a video is queued for HLS, and the upload records the asset it became.
 * The store is content-addressed and its put atomic, so a rollback after it leaves at most a complete blob that no
 * asset names (the same upload tried again finds it there), never a half-written file or an asset without bytes.
 */
@Stateless
public class AssetIntake {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject ContentStore store;
  @Inject AssetCatalog catalog;
  @Inject TranscodeJobs transcodes;

  private final MediaTools tools = MediaTools.fromSystemProperties();

  public ResumableUpload accept(Caller caller, UUID uploadId, Path staged, Inspection inspection, String runningSha256) {
    ResumableUpload upload = em.find(ResumableUpload.class, uploadId);
    Blob blob = store.put(staged);
    if (!blob.sha256().equals(runningSha256)) {
      // The bytes on disk are not the bytes that arrived: the staging disk damaged them.
      throw new IllegalStateException("Upload %s hashed %s while receiving, %s when stored"
          .formatted(uploadId, runningSha256, blob.sha256()));
    }
    MediaAsset asset = catalog.register(blob, inspection.mediaType(), inspection.kind(), upload.fileName(), caller);
    Double seconds = inspection.durationMillis() > 0 ? inspection.durationMillis() / 1000.0 : null;
    switch (inspection.kind()) {
      case VIDEO -> {
        if (tools.hasFfmpeg()) {
          transcodes.enqueue(asset.id(), blob.sha256());
        } else {
          catalog.recordFailure(asset.id(), "ffmpeg is not installed on the server (" + tools.ffmpeg()
              + "): no HLS, the original video is streamed as it is");
        }
      }
      case AUDIO -> catalog.recordProcessed(asset.id(), seconds, null, List.of());
      case PDF -> catalog.recordProcessed(asset.id(), null, inspection.pages(), List.of());
      case HTML, IMAGE -> { }
    }
    upload.complete(inspection.kind(), inspection.mediaType(), blob.sha256(), asset.id(), Clock.systemUTC().instant());
    return upload;
  }
}
