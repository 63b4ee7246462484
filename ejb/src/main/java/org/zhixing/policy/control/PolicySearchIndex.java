package org.zhixing.policy.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.policy.search.AnalysisMode;
import org.zhixing.policy.search.IndexUnusableException;
import org.zhixing.policy.search.LucenePolicySearchEngine;
import org.zhixing.policy.search.PolicySearchEngine;

/**
 * The search index of the policy library on this node. It is derived data: opened at start from
 * {@code zhixing.index.dir} (by default under WildFly's data folder), and rebuilt from the database in the background
 * when it is missing, corrupt, or holds a different number of documents than are published. Searches go on against
 * the old index while a rebuild runs, and see the new one at once when it is done.
 */
@Singleton
@Startup
@DependsOn("PolicyDemoLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PolicySearchIndex {

  private static final Logger LOG = Logger.getLogger(PolicySearchIndex.class.getName());

  @Inject PolicySlices slices;

  @Resource ManagedExecutorService executor;

  private PolicySearchEngine engine;
  private final AtomicReference<Progress> rebuild = new AtomicReference<>();

  @PostConstruct
  void open() {
    Path dir = indexDirectory();
    int cachedResults = cachedResults();
    try {
      engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH, cachedResults);
    } catch (IndexUnusableException e) {
      LOG.log(Level.WARNING, "The policy index at " + dir + " is unusable; rebuilding it from the database", e);
      engine = LucenePolicySearchEngine.recreate(dir, AnalysisMode.BOTH, cachedResults);
    }
    long published = slices.countPublished();
    if (engine.count() != published) {
      LOG.info(() -> "Policy index holds %d documents, %d are published: rebuilding".formatted(engine.count(), published));
      startRebuild();
    }
  }

  @PreDestroy
  void close() {
    engine.close();
  }

  public PolicySearchEngine engine() {
    return engine;
  }

  public IndexState state() {
    Progress running = rebuild.get();
    return running == null
        ? new IndexState(engine.count(), false, 0, 0)
        : new IndexState(engine.count(), true, running.done.get(), running.total);
  }

  /** Starts a rebuild unless one runs already; either way answers with the current state. */
  public IndexState startRebuild() {
    Progress progress = new Progress(slices.countPublished());
    if (rebuild.compareAndSet(null, progress)) {
      executor.submit(() -> runRebuild(progress));
    }
    return state();
  }

  private void runRebuild(Progress progress) {
    long started = System.nanoTime();
    try {
      engine.rebuild(new PublishedPolicies(slices), progress.done::set);
      LOG.info(() -> "Policy index rebuilt: %d documents in %d ms"
          .formatted(progress.done.get(), (System.nanoTime() - started) / 1_000_000));
    } catch (RuntimeException | LinkageError e) {
      // A LinkageError is how a broken analyzer shows (e.g. its dictionaries refused by a deserialization filter):
      // on this background thread it would otherwise vanish without a trace.
      LOG.log(Level.SEVERE, "Rebuilding the policy index failed; the previous index stays in use", e);
    } finally {
      rebuild.set(null);
    }
  }

  private static Path indexDirectory() {
    String configured = System.getProperty("zhixing.index.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured, "policy");
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "data"), "zhixing-index", "policy");
  }

  /** {@code zhixing.search.cached-results}: results kept per view of the index; 0 turns the cache off. */
  private static int cachedResults() {
    return Integer.getInteger("zhixing.search.cached-results", LucenePolicySearchEngine.CACHED_RESULTS);
  }

  private static final class Progress {
    final AtomicLong done = new AtomicLong();
    final long total;

    Progress(long total) {
      this.total = total;
    }
  }
}
