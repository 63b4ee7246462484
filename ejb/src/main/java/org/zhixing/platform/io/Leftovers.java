package org.zhixing.platform.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deleting temporary files once they have served: a file that cannot be deleted is worth a warning in the log, not a
 * failed request, since the work it served is done.
 */
public final class Leftovers {

  private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());

  private Leftovers() {}

  /** Deletes {@code file} if it is there (null is nothing to delete). */
  public static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + file, e);
    }
  }
}
