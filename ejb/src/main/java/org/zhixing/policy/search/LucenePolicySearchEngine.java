package org.zhixing.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The policy search engine on a Lucene index: in a directory on disk, or in memory for tests and evaluation. Thread
 * safe; writes are visible to searches within a second ({@link LiveIndex}).
 */
public final class LucenePolicySearchEngine implements PolicySearchEngine {

  private static final System.Logger LOG = System.getLogger(LucenePolicySearchEngine.class.getName());

  /** Results kept per view of the index unless told otherwise: a few MiB for the searches of a busy morning. */
  public static final int CACHED_RESULTS = 1000;

  private final Path path;
  private final Directory directory;
  private final Analyzer indexAnalyzer = PolicyAnalyzers.indexing();
  private final Analyzer queryAnalyzer = PolicyAnalyzers.querying();
  private final PolicyDocuments documents;
  private final LiveIndex live;
  private final PolicySearch searching;
  private final Highlights highlights;
  private final TitleSuggester suggester;
  private final PendingChanges pending = new PendingChanges();
  private final Rebuild rebuild;
  private volatile boolean closed;

  private LucenePolicySearchEngine(
      Path path, Directory directory, AnalysisMode mode, Weights weights, int cachedResults) throws IOException {
    this.path = path;
    this.directory = directory;
    var facets = Facet.config();
    this.documents = new PolicyDocuments(mode, facets);
    this.live = new LiveIndex(directory, writerConfig(), facets, IndexFiles.commitData(mode), cachedResults);
    this.highlights = new Highlights(mode, indexAnalyzer);
    var texts = new TextQueries(mode, queryAnalyzer, Synonyms.fromClasspath(), weights);
    this.searching = new PolicySearch(texts, highlights);
    this.suggester = new TitleSuggester(queryAnalyzer);
    this.rebuild = new Rebuild(documents, this::writerConfig, pending);
  }

  /**
   * Opens the index in the directory, creating it if there is none. Every file's checksum is verified first.
   *
   * @throws IndexUnusableException if the files are corrupt, incomplete, or of another schema or analysis mode: then
   *     {@link #recreate} and {@link #rebuild}
   * @throws IllegalStateException if another engine has the index open
   */
  public static LucenePolicySearchEngine open(Path dir, AnalysisMode mode) {
    return open(dir, mode, CACHED_RESULTS);
  }

  /**
   * The same, keeping this many results per view of the index ({@link RecentResults}); 0 searches the index every
   * time, as a reference measurement of Lucene itself needs.
   */
  public static LucenePolicySearchEngine open(Path dir, AnalysisMode mode, int cachedResults) {
    return open(dir, mode, Weights.DEFAULT, cachedResults);
  }

  /** Deletes whatever index files are in the directory and opens an empty index there, ready for a rebuild. */
  public static LucenePolicySearchEngine recreate(Path dir, AnalysisMode mode, int cachedResults) {
    try {
      IndexFiles.clear(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open(dir, mode, cachedResults);
  }

  public static LucenePolicySearchEngine recreate(Path dir, AnalysisMode mode) {
    return recreate(dir, mode, CACHED_RESULTS);
  }

  /** An index in memory, for tests and the relevance evaluation. */
  public static LucenePolicySearchEngine inMemory(AnalysisMode mode) {
    return inMemory(mode, Weights.DEFAULT);
  }

  static LucenePolicySearchEngine inMemory(AnalysisMode mode, Weights weights) {
    try {
      return new LucenePolicySearchEngine(null, new ByteBuffersDirectory(), mode, weights, CACHED_RESULTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LucenePolicySearchEngine open(Path dir, AnalysisMode mode, Weights weights, int cachedResults) {
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexFiles.verify(dir, directory, mode);
      return new LucenePolicySearchEngine(dir, directory, mode, weights, cachedResults);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IllegalStateException("The policy index at %s is already open".formatted(dir), e);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      closeQuietly(directory);
      throw IndexUnusableException.unreadable(dir, e);
    } catch (IndexUnusableException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  @Override
  public void index(IndexedPolicy policy) {
    ensureOpen();
    var doc = documents.toDocument(policy);
    live.write(writer -> {
      pending.indexed(policy);
      writer.updateDocument(PolicyDocuments.idTerm(policy.id()), doc);
    });
  }

  @Override
  public void delete(long id) {
    ensureOpen();
    live.write(writer -> {
      pending.deleted(id);
      writer.deleteDocuments(PolicyDocuments.idTerm(id));
    });
  }

  @Override
  public PolicySearchResult search(PolicyQuery query) {
    ensureOpen();
    return live.read(searcher -> searching.run(searcher, query));
  }

  @Override
  public List<Suggestion> suggest(String prefix, boolean includeInternal, int limit) {
    ensureOpen();
    return live.read(searcher -> suggester.suggest(searcher, prefix, includeInternal, limit));
  }

  @Override
  public String highlightBody(long id, String queryText) {
    ensureOpen();
    return live.read(searcher -> {
      int doc = PolicyIds.docOf(searcher, id);
      if (doc < 0) {
        throw new PolicyNotIndexedException(id);
      }
      return highlights.wholeBody(searcher, searching.marksFor(queryText), doc);
    });
  }

  @Override
  public void rebuild(Iterator<IndexedPolicy> all, LongConsumer progress) {
    ensureOpen();
    rebuild.run(path, all, progress, scratch -> live.swap(writer -> rebuild.swapIn(writer, scratch)));
  }

  @Override
  public long count() {
    ensureOpen();
    return live.read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (directory; indexAnalyzer; queryAnalyzer) {
      live.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every write so far visible now rather than within the refresh interval; for tests and the evaluation. */
  void refreshNow() {
    ensureOpen();
    live.refreshNow();
  }

  private IndexWriterConfig writerConfig() {
    return new IndexWriterConfig(indexAnalyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(true);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("The policy search engine is closed");
    }
  }

  private static void closeQuietly(Directory directory) {
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "Closing the index directory failed", e);
    }
  }
}
