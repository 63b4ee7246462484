package org.zhixing.courseware.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Receives a request body into the store's work folder, refusing it as soon as it passes the limit. */
public final class WorkFile {

  private WorkFile() {}

  /** The body as a file in a fresh work folder; nothing is left behind when it is too large or cut off. */
  public static Path receive(ContentStore store, InputStream body, long maxBytes) {
    Path folder = store.newWorkFolder();
    Path file = folder.resolve("body");
    boolean received = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int read; (read = body.read(buffer)) >= 0; ) {
        total += read;
        if (total > maxBytes) {
          throw new AssetTooLargeException(maxBytes);
        }
        out.write(buffer, 0, read);
      }
      received = true;
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Receiving the upload failed", e);
    } finally {
      if (!received) {
        discard(folder);
      }
    }
  }

  /** Removes a work folder with whatever is left in it. */
  public static void discard(Path folder) {
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a leftover in the work folder wastes a little disk and harms nothing
    }
  }
}
