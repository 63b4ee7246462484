package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhixing.policy.search.Engines.numbered;
import static org.zhixing.policy.search.Engines.policy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index on disk that cannot be trusted is reported, so that it can be recreated and rebuilt from the database. */
class BrokenIndexTest {

  @TempDir Path dir;

  @Test
  void corruptIndexIsReportedSoItCanBeRebuilt() throws IOException {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      engine.rebuild(numbered(0, 50, "文件").iterator(), done -> {});
    }
    flipAByteInTheMiddleOf(largestFile(dir));

    assertThatThrownBy(() -> LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH))
        .isInstanceOf(IndexUnusableException.class)
        .hasMessageContaining(dir.toString());

    try (var engine = LucenePolicySearchEngine.recreate(dir, AnalysisMode.BOTH)) {
      assertThat(engine.count()).isZero();
      engine.rebuild(numbered(0, 50, "文件").iterator(), done -> {});
      assertThat(engine.count()).isEqualTo(50);
    }
  }

  @Test
  void aMissingSegmentFileIsReportedToo() throws IOException {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      engine.rebuild(numbered(0, 50, "文件").iterator(), done -> {});
    }
    Files.delete(largestFile(dir));

    assertThatThrownBy(() -> LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH))
        .isInstanceOf(IndexUnusableException.class);
  }

  @Test
  void filesWithoutACommitAreNoIndexToOpen() throws IOException {
    Files.writeString(dir.resolve("_0.cfs"), "left over");

    assertThatThrownBy(() -> LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH))
        .isInstanceOf(IndexUnusableException.class);
  }

  @Test
  void anIndexBuiltInAnotherModeMustBeRebuilt() {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.NGRAM)) {
      engine.index(policy(1, "通知"));
    }

    assertThatThrownBy(() -> LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH))
        .isInstanceOf(IndexUnusableException.class)
        .hasMessageContaining("NGRAM");
  }

  @Test
  void recreatingLeavesOtherFilesAlone() throws IOException {
    Path notes = Files.writeString(dir.resolve("README.txt"), "not an index file");
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      engine.index(policy(1, "通知"));
    }

    try (var engine = LucenePolicySearchEngine.recreate(dir, AnalysisMode.BOTH)) {
      assertThat(engine.count()).isZero();
    }
    assertThat(notes).hasContent("not an index file");
  }

  @Test
  void theSameDirectoryCannotBeOpenedTwice() {
    try (var engine = LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH)) {
      assertThatThrownBy(() -> LucenePolicySearchEngine.open(dir, AnalysisMode.BOTH))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already open");
      assertThat(engine.count()).isZero();
    }
  }

  private static Path largestFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).max(Comparator.comparingLong(BrokenIndexTest::size)).orElseThrow();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flipAByteInTheMiddleOf(Path file) throws IOException {
    try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(b ^ 0xFF);
    }
  }
}
