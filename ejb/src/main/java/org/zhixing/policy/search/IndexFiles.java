package org.zhixing.policy.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;

/** What is on disk: whether it can be trusted, which schema built it, and how to clear it away. */
final class IndexFiles {

  /** Changes whenever documents are built differently, so that an old index is rebuilt rather than misread. */
  static final String SCHEMA = "policy-search-1";

  private static final String SCHEMA_KEY = "zhixing.schema";
  private static final Pattern LUCENE_FILE =
      Pattern.compile(IndexFileNames.CODEC_FILE_PATTERN.pattern() + "|segments.*|pending_segments.*|write\\.lock");

  private IndexFiles() {}

  /** Recorded with every commit. */
  static Map<String, String> commitData(AnalysisMode mode) {
    return Map.of(SCHEMA_KEY, schemaOf(mode));
  }

  /**
   * Throws unless the directory is empty or holds a complete index of this schema whose every file passes its
   * checksum. Checking the checksums reads the whole index once, about a second per few hundred megabytes, at startup
   * only; it is what turns a flipped bit into a rebuild instead of wrong results later.
   */
  static void verify(Path path, Directory directory, AnalysisMode mode) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      boolean leftovers = Arrays.stream(directory.listAll())
          .anyMatch(name -> LUCENE_FILE.matcher(name).matches() && !name.equals("write.lock"));
      if (leftovers) {
        throw IndexUnusableException.unreadable(path, new IOException("files but no commit point"));
      }
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      String found = reader.getIndexCommit().getUserData().getOrDefault(SCHEMA_KEY, "unknown");
      if (!found.equals(schemaOf(mode))) {
        throw IndexUnusableException.builtDifferently(path, found, schemaOf(mode));
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    }
  }

  /** Deletes Lucene's files in the directory, and only those: it may be a directory shared with other things. */
  static void clear(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && LUCENE_FILE.matcher(file.getFileName().toString()).matches()) {
          Files.delete(file);
        }
      }
    }
  }

  /** Deletes a scratch directory of a rebuild, files first. */
  static void deleteScratch(Path path) throws IOException {
    clear(path);
    Files.deleteIfExists(path);
  }

  private static String schemaOf(AnalysisMode mode) {
    return SCHEMA + "/" + mode;
  }
}
