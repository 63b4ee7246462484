package org.zhixing.courseware.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedFilesTest {

  @TempDir Path dir;

  @Test
  void aRangeIsASliceOfTheMapping() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "0123456789");
    assertThat(text(new MappedFiles().slices(file, 10, Instant.EPOCH, new ByteRange(3, 6)))).isEqualTo("3456");
  }

  @Test
  void aRangeAcrossChunkBordersComesInSeveralSlices() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "0123456789");
    List<ByteBuffer> slices = new MappedFiles(4).slices(file, 10, Instant.EPOCH, new ByteRange(2, 9));
    assertThat(slices).hasSize(3);
    assertThat(text(slices)).isEqualTo("23456789");
  }

  @Test
  void slicesAreIndependentOfEachOther() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "0123456789");
    var files = new MappedFiles();
    ByteBuffer first = files.slices(file, 10, Instant.EPOCH, new ByteRange(0, 9)).getFirst();
    first.position(5);
    assertThat(text(files.slices(file, 10, Instant.EPOCH, new ByteRange(0, 1)))).isEqualTo("01");
  }

  private static String text(List<ByteBuffer> slices) {
    var out = new ByteArrayOutputStream();
    for (ByteBuffer slice : slices) {
      byte[] bytes = new byte[slice.remaining()];
      slice.duplicate().get(bytes);
      out.writeBytes(bytes);
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
