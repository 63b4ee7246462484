package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A file of an asset that is not there (yet): a rendition not transcoded, or a path that names nothing. */
public class MediaFileNotFoundException extends DomainException {

  public MediaFileNotFoundException(String path) {
    super("media-file-not-found", 404, "No media file %s".formatted(path), path);
  }
}
