package org.zhixing.policy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.policy.control.DocumentTooLargeException;

/** Streams an uploaded import archive to a temp file, refusing it as soon as it passes the size limit. */
@ApplicationScoped
public class ImportUploads {

  static final long MAX_BYTES = 200L * 1024 * 1024;

  Path toTempFile(EntityPart part) {
    if (part == null) {
      throw new InvalidParameterException("file", "");
    }
    Path file = null;
    try (InputStream in = part.getContent()) {
      file = Files.createTempFile("zhixing-import-", ".zip");
      copyAtMost(in, file);
      return file;
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("Receiving the import archive failed", e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  private static void copyAtMost(InputStream in, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new DocumentTooLargeException(String.valueOf(MAX_BYTES));
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // The temp folder is cleaned by the OS; the upload's own error is what matters.
    }
  }
}
