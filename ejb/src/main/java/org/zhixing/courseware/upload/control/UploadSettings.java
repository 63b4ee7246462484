package org.zhixing.courseware.upload.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where uploads are staged, how long an unfinished one lives, and the size limits; all from system properties with
 * defaults, so a deployment tunes them in the server's configuration without a rebuild.
 */
@ApplicationScoped
public class UploadSettings {

  private final Path directory = configuredDirectory();
  private final Duration lifetime = Duration.ofHours(Long.getLong("zhixing.upload.expiry-hours", 24));
  private final UploadLimits limits = UploadLimits.fromSystemProperties();

  /** {@code zhixing.upload.dir}, by default {@code uploads} in WildFly's data folder. */
  public Path directory() {
    return directory;
  }

  /** How long an upload lives without receiving bytes ({@code zhixing.upload.expiry-hours}, default 24). */
  public Duration lifetime() {
    return lifetime;
  }

  public UploadLimits limits() {
    return limits;
  }

  private static Path configuredDirectory() {
    String configured = System.getProperty("zhixing.upload.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "data"), "zhixing-uploads");
  }
}
