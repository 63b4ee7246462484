package org.zhixing.courseware.upload.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.control.WorkFile;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.upload.control.AssetIntake;
import org.zhixing.courseware.upload.control.Inspection;
import org.zhixing.courseware.upload.control.MediaInspector;
import org.zhixing.courseware.upload.control.UploadSettings;
import org.zhixing.platform.security.Caller;

/**
 * A small file in one request (a cover image, a short clip): sniffed, size-checked and checked for truncation, stored
 * and processed exactly as a finished resumable upload is. Nothing is stored when a check refuses it.
 */
@Stateless
public class DirectUploads {

  @Inject ContentStore store;
  @Inject MediaInspector inspector;
  @Inject UploadSettings settings;
  @Inject AssetIntake intake;

  public MediaAsset accept(Caller caller, InputStream body, String fileName) {
    Path file = WorkFile.receive(store, body, AssetCatalog.MAX_DIRECT_UPLOAD);
    try {
      Inspection inspection = inspector.inspect(file, fileName, settings.limits());
      return intake.store(caller, file, inspection, fileName);
    } finally {
      WorkFile.discard(file.getParent());
    }
  }

  /** As {@link #accept}, for a feature that keeps the asset by id only (a question's picture). */
  public UUID store(Caller caller, InputStream body, String fileName) {
    return accept(caller, body, fileName).id();
  }
}
