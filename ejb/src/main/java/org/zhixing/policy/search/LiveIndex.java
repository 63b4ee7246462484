package org.zhixing.policy.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * One index writer and its near-real-time searchers. A background thread refreshes the searchers a tenth of a second
 * after anything was written, and commits every few seconds, so writes are visible well within a second, survive a
 * restart, and a burst of writes costs one refresh, not one each.
 */
final class LiveIndex implements Closeable {

  private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());
  private static final long REFRESH_MILLIS = 100;
  private static final int COMMIT_EVERY_REFRESHES = 50;

  interface Write {
    void to(IndexWriter writer) throws IOException;
  }

  interface Read<T> {
    T from(PolicySearcher searcher) throws IOException;
  }

  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Writes and refreshes share it; a swap takes it alone, so no one sees the index between delete-all and commit. */
  private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();
  private final AtomicBoolean changed = new AtomicBoolean();
  private final ScheduledExecutorService housekeeping =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("policy-index-refresh").factory());
  private int refreshes;

  LiveIndex(
      Directory directory, IndexWriterConfig config, FacetsConfig facets, Map<String, String> commitData, int cachedResults)
      throws IOException {
    this.writer = new IndexWriter(directory, config);
    this.writer.setLiveCommitData(commitData.entrySet());
    this.writer.commit();
    this.searchers = new SearcherManager(writer, PolicySearcher.factory(facets, cachedResults));
    housekeeping.scheduleWithFixedDelay(this::housekeep, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  void write(Write write) {
    swapping.readLock().lock();
    try {
      write.to(writer);
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      swapping.readLock().unlock();
    }
  }

  <T> T read(Read<T> read) {
    try {
      var searcher = (PolicySearcher) searchers.acquire();
      try {
        return read.from(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes the index with writes and refreshes held off, then commits and shows the result to searches at once. */
  void swap(Write swap) throws IOException {
    swapping.writeLock().lock();
    try {
      swap.to(writer);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } finally {
      swapping.writeLock().unlock();
    }
  }

  /** Shows every write so far to searches now rather than within the refresh interval. */
  void refreshNow() {
    swapping.readLock().lock();
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      swapping.readLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    housekeeping.shutdownNow();
    try {
      housekeeping.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    searchers.close();
    writer.close();
  }

  private void housekeep() {
    swapping.readLock().lock();
    try {
      if (changed.getAndSet(false)) {
        searchers.maybeRefresh();
      }
      if (++refreshes % COMMIT_EVERY_REFRESHES == 0 && writer.hasUncommittedChanges()) {
        writer.commit();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Refreshing or committing the policy index failed", e);
    } finally {
      swapping.readLock().unlock();
    }
  }
}
