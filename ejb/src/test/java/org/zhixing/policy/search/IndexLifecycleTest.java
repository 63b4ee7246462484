package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhixing.policy.search.Engines.numbered;
import static org.zhixing.policy.search.Engines.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

  @TempDir Path dir;

  @Test
  void indexedDocumentIsSearchableWithinASecond() throws InterruptedException {
    try (var engine = LucenePolicySearchEngine.inMemory(AnalysisMode.BOTH)) {
      engine.index(policy(1, "关于加强村级后备干部队伍建设的通知"));
      long start = System.nanoTime();
      while (Engines.idsFor(engine, "后备干部").isEmpty()) {
        assertThat(System.nanoTime() - start).as("nanoseconds waited").isLessThan(1_000_000_000L);
        Thread.sleep(10);
      }
    }
  }

  @Test
  void deletedDocumentDisappearsWithinASecond() throws InterruptedException {
    try (var engine = Engines.inMemoryWith(List.of(policy(1, "村级后备干部培养办法")))) {
      engine.delete(1);
      long start = System.nanoTime();
      while (!Engines.idsFor(engine, "后备干部").isEmpty()) {
        assertThat(System.nanoTime() - start).as("nanoseconds waited").isLessThan(1_000_000_000L);
        Thread.sleep(10);
      }
    }
  }

  @Test
  void repeatedSearchIsAnsweredFromTheCacheUntilTheIndexChanges() {
    try (var engine = Engines.inMemoryWith(List.of(policy(1, "村级后备干部培养办法")))) {
      PolicySearchResult first = engine.search(PolicyQuery.of("后备干部"));
      assertThat(engine.search(PolicyQuery.of("后备干部"))).isSameAs(first);

      engine.index(policy(2, "后备干部选拔的通知"));
      engine.refreshNow();

      PolicySearchResult afterWrite = engine.search(PolicyQuery.of("后备干部"));
      assertThat(afterWrite.hits()).extracting(PolicyHit::id).containsExactlyInAnyOrder(1L, 2L);
    }
  }

  @Test
  void withoutCacheEverySearchRunsAgain() {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH, 0)) {
      engine.index(policy(1, "村干部报酬管理办法"));
      engine.refreshNow();
      PolicySearchResult first = engine.search(PolicyQuery.of("报酬"));
      PolicySearchResult second = engine.search(PolicyQuery.of("报酬"));
      assertThat(second).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void documentsSurviveARestart() {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      engine.index(policy(1, "村干部报酬管理办法"));
    }
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      assertThat(engine.count()).isEqualTo(1);
      assertThat(Engines.idsFor(engine, "报酬")).containsExactly(1L);
    }
  }

  @Test
  void searchesRunAlongsideAWriter() throws InterruptedException {
    try (var engine = LucenePolicySearchEngine.inMemory(AnalysisMode.BOTH)) {
      var failures = new ConcurrentLinkedQueue<Throwable>();
      var done = new AtomicBoolean();
      var searchers = new ArrayList<Thread>();
      for (int i = 0; i < 4; i++) {
        searchers.add(Thread.ofPlatform().start(() -> {
          while (!done.get()) {
            try {
              engine.search(PolicyQuery.of("文件"));
              engine.suggest("新", false, 5);
            } catch (RuntimeException e) {
              failures.add(e);
            }
          }
        }));
      }
      numbered(1, 300, "新").forEach(engine::index);
      engine.refreshNow();
      done.set(true);
      for (Thread searcher : searchers) {
        searcher.join();
      }

      assertThat(failures).isEmpty();
      assertThat(engine.search(Engines.newest("新文件", 0, 10)).total()).isEqualTo(300);
    }
  }

  @Test
  void rebuildReplacesEverythingAtomically() throws InterruptedException {
    try (var engine = Engines.inMemoryWith(numbered(0, 300, "旧"))) {
      var seen = new CopyOnWriteArraySet<Long>(); // a set: cached answers come fast enough to fill a list quadratically
      var stop = new AtomicBoolean();
      Thread searcher = Thread.ofPlatform().start(() -> {
        while (!stop.get()) {
          seen.add(engine.search(PolicyQuery.of("")).total());
        }
      });
      var progress = new ArrayList<Long>();
      engine.rebuild(slowly(numbered(1000, 500, "新").iterator()), progress::add);
      Thread.sleep(50);
      stop.set(true);
      searcher.join();

      assertThat(seen).containsOnly(300L, 500L).contains(300L, 500L);
      assertThat(progress).last().isEqualTo(500L);
      assertThat(engine.count()).isEqualTo(500);
      assertThat(Engines.idsFor(engine, "旧")).isEmpty();
    }
  }

  @Test
  void writesDuringARebuildAreNotLost() {
    try (var engine = Engines.inMemoryWith(numbered(0, 10, "旧"))) {
      Iterator<IndexedPolicy> source = numbered(0, 10, "新").iterator();
      Iterator<IndexedPolicy> withWritesMeanwhile = new Iterator<>() {
        public boolean hasNext() {
          return source.hasNext();
        }

        public IndexedPolicy next() {
          IndexedPolicy next = source.next();
          if (next.id() == 5) {
            engine.index(policy(99, "重新建立索引期间保存的文件"));
            engine.delete(2);
          }
          return next;
        }
      };
      engine.rebuild(withWritesMeanwhile, done -> {});

      assertThat(engine.count()).isEqualTo(10);
      assertThat(Engines.idsFor(engine, "索引期间")).containsExactly(99L);
      assertThat(Engines.ids(engine.search(Engines.newest("新文件", 0, 50)))).doesNotContain(2L).hasSize(9);
    }
  }

  @Test
  void rebuildOnDiskLeavesNoScratchBehind() throws IOException {
    Path index = dir.resolve("index");
    try (var engine = LucenePolicySearchEngine.open(index, AnalysisMode.BOTH)) {
      engine.rebuild(numbered(0, 20, "新").iterator(), done -> {});
      assertThat(engine.count()).isEqualTo(20);
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings).containsExactly(index);
    }
    try (var engine = LucenePolicySearchEngine.open(index, AnalysisMode.BOTH)) {
      assertThat(engine.count()).isEqualTo(20);
    }
  }

  @Test
  void aFailingSourceLeavesTheIndexAsItWas() {
    try (var engine = Engines.inMemoryWith(numbered(0, 10, "旧"))) {
      Iterator<IndexedPolicy> failing = Stream.generate(() -> {
        throw new IllegalStateException("database gone");
      }).map(IndexedPolicy.class::cast).iterator();

      assertThatThrownBy(() -> engine.rebuild(failing, done -> {})).hasMessageContaining("database gone");
      assertThat(engine.count()).isEqualTo(10);
      engine.index(policy(42, "之后照常写入"));
      engine.refreshNow();
      assertThat(engine.count()).isEqualTo(11);
    }
  }

  @Test
  void aClosedEngineRefusesWork() {
    var engine = LucenePolicySearchEngine.inMemory(AnalysisMode.BOTH);
    engine.close();
    engine.close();

    assertThatThrownBy(() -> engine.search(PolicyQuery.of("通知"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> engine.index(policy(1, "通知"))).isInstanceOf(IllegalStateException.class);
  }

  /** Gives concurrent searches time to run while the rebuild reads. */
  private static Iterator<IndexedPolicy> slowly(Iterator<IndexedPolicy> source) {
    return new Iterator<>() {
      public boolean hasNext() {
        return source.hasNext();
      }

      public IndexedPolicy next() {
        IndexedPolicy next = source.next();
        if (next.id() % 100 == 0) {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return next;
      }
    };
  }
}
