package org.zhixing.courseware.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.zhixing.platform.security.Caller;

/** Signed cover-image links for the courses a response shows, made for the caller of this request. */
@RequestScoped
public class CoverLinks {

  @Inject Caller caller;
  @Inject CourseCatalog catalog;

  /** The link, relative to the application's root, or null for a course without a cover. */
  String of(UUID coverAssetId) {
    return coverAssetId == null ? null : catalog.coverLink(caller, coverAssetId).path();
  }
}
