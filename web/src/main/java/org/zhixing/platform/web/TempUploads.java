package org.zhixing.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;
import org.zhixing.platform.io.Leftovers;
import org.zhixing.platform.problem.InvalidParameterException;

/**
 * Streams an uploaded file part to a temp file, refusing it as soon as it passes its size limit: a large upload never
 * sits in memory, and an oversized one is cut off rather than received whole. The caller deletes the file.
 */
@ApplicationScoped
public class TempUploads {

  /**
   * @param field the form field, named in the problem when the part is missing
   * @param tooLarge the feature's own problem for a file over {@code maxBytes}
   */
  public Path receive(EntityPart part, String field, long maxBytes, LongFunction<RuntimeException> tooLarge) {
    if (part == null) {
      throw new InvalidParameterException(field, "");
    }
    Path file = null;
    try (InputStream in = part.getContent()) {
      file = Files.createTempFile("zhixing-upload-", ".part");
      copyAtMost(in, file, maxBytes, tooLarge);
      return file;
    } catch (IOException e) {
      Leftovers.delete(file);
      throw new UncheckedIOException("Receiving the upload failed", e);
    } catch (RuntimeException e) {
      Leftovers.delete(file);
      throw e;
    }
  }

  private static void copyAtMost(InputStream in, Path file, long maxBytes, LongFunction<RuntimeException> tooLarge)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge.apply(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
  }
}
