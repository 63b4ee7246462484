package org.zhixing.policy.search;

import java.nio.file.Path;

/**
 * The index on disk cannot be used as it is: a file is corrupt or missing, or it was built by another version of the
 * engine or with another analysis mode. Nothing is lost that the database does not hold, so the remedy is always the
 * same: {@link LucenePolicySearchEngine#recreate} and {@link PolicySearchEngine#rebuild}.
 */
public class IndexUnusableException extends RuntimeException {

  private final transient Path directory;

  private IndexUnusableException(Path directory, String message, Throwable cause) {
    super(message, cause);
    this.directory = directory;
  }

  static IndexUnusableException unreadable(Path directory, Throwable cause) {
    return new IndexUnusableException(
        directory, "The policy index at %s is corrupt or unreadable: %s".formatted(directory, cause), cause);
  }

  static IndexUnusableException builtDifferently(Path directory, String found, String expected) {
    return new IndexUnusableException(
        directory, "The policy index at %s was built as %s, this engine needs %s".formatted(directory, found, expected),
        null);
  }

  public Path directory() {
    return directory;
  }
}
