package org.zhixing.courseware.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSliceTest {

  @TempDir Path dir;

  @Test
  void aSliceReadsAndTransfersOnlyItsWindow() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "0123456789");
    try (FileChannel channel = FileChannel.open(file)) {
      FileSlice slice = new FileSlice(channel, 3, 7);
      assertThat(slice.position()).isEqualTo(3);
      assertThat(slice.size()).isEqualTo(7);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long sent = slice.transferTo(slice.position(), slice.size() - slice.position() + 100, Channels.newChannel(out));
      assertThat(sent).isEqualTo(4);
      assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("3456");

      ByteBuffer buffer = ByteBuffer.allocate(100);
      assertThat(slice.read(buffer)).isEqualTo(4);
      assertThat(slice.read(buffer)).isEqualTo(-1);
      assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII)).isEqualTo("3456");

      slice.close();
      assertThat(channel.isOpen()).as("the file stays open for the next range").isTrue();
    }
  }
}
