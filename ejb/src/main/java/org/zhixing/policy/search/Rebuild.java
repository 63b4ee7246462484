package org.zhixing.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Replaces the whole index without anyone seeing it half done: the new index is built in a scratch directory beside
 * the live one while searches go on as before, then swapped in with one commit (the old documents deleted, the new
 * segments added, the writes that came in meanwhile applied again). A rebuild that fails while reading leaves the live
 * index untouched.
 */
final class Rebuild {

  private static final System.Logger LOG = System.getLogger(Rebuild.class.getName());
  private static final int PROGRESS_EVERY = 1_000;

  /** Takes the scratch index live; called with writes and refreshes held off. */
  interface Swap {
    void accept(Directory scratch) throws IOException;
  }

  private final PolicyDocuments documents;
  private final Supplier<IndexWriterConfig> config;
  private final PendingChanges pending;

  Rebuild(PolicyDocuments documents, Supplier<IndexWriterConfig> config, PendingChanges pending) {
    this.documents = documents;
    this.config = config;
    this.pending = pending;
  }

  /** One rebuild at a time; a second caller waits for the first. */
  synchronized void run(Path livePath, Iterator<IndexedPolicy> all, LongConsumer progress, Swap swap) {
    pending.start();
    Path scratchPath = null;
    try {
      scratchPath = livePath == null ? null : scratchBeside(livePath);
      try (Directory scratch = scratchPath == null ? new ByteBuffersDirectory() : FSDirectory.open(scratchPath)) {
        fill(scratch, all, progress);
        swap.accept(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pending.stop();
      deleteQuietly(scratchPath);
    }
  }

  /**
   * Replaces the live writer's documents with the scratch index's and replays the writes made meanwhile. If this fails
   * half way the writer is rolled back to its last commit (the old index) and closed: the engine must be reopened.
   */
  void swapIn(IndexWriter live, Directory scratch) throws IOException {
    try {
      live.deleteAll();
      live.addIndexes(scratch);
      for (PendingChanges.Change change : pending.recorded()) {
        if (change.policy() == null) {
          live.deleteDocuments(PolicyDocuments.idTerm(change.id()));
        } else {
          live.updateDocument(PolicyDocuments.idTerm(change.id()), documents.toDocument(change.policy()));
        }
      }
    } catch (IOException | RuntimeException e) {
      live.rollback();
      throw e;
    }
  }

  private void fill(Directory scratch, Iterator<IndexedPolicy> all, LongConsumer progress) throws IOException {
    long read = 0;
    try (var writer = new IndexWriter(scratch, config.get().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      while (all.hasNext()) {
        IndexedPolicy policy = all.next();
        writer.updateDocument(PolicyDocuments.idTerm(policy.id()), documents.toDocument(policy));
        if (++read % PROGRESS_EVERY == 0) {
          progress.accept(read);
        }
      }
    }
    progress.accept(read);
  }

  private static Path scratchBeside(Path live) throws IOException {
    Path absolute = live.toAbsolutePath();
    return Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + ".rebuild-");
  }

  private static void deleteQuietly(Path scratch) {
    if (scratch == null) {
      return;
    }
    try {
      IndexFiles.deleteScratch(scratch);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete the rebuild scratch directory " + scratch, e);
    }
  }
}
