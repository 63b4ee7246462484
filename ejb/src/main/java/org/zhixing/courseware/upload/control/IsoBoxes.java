package org.zhixing.courseware.upload.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the top-level boxes of an MP4/MOV/M4A (ISO base media) file: they must tile the file exactly and include the
 * movie index ({@code moov}) and the media data ({@code mdat}). A download or copy that was cut off ends inside a box,
 * and an MP4 written by a recorder that crashed has no {@code moov}: both are caught without decoding a frame.
 */
final class IsoBoxes {

  private IsoBoxes() {}

  /** Empty when the file is whole; otherwise what is wrong with it. */
  static Optional<String> problemIn(Path file) {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      long position = 0;
      Set<String> seen = new HashSet<>();
      ByteBuffer header = ByteBuffer.allocate(16);
      while (position < size) {
        if (size - position < 8) {
          return Optional.of("file ends inside a box header at byte " + position);
        }
        header.clear().limit(8);
        channel.read(header, position);
        long boxSize = Integer.toUnsignedLong(header.getInt(0));
        String type = new String(header.array(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        int headerLength = 8;
        if (boxSize == 1) {
          header.clear().limit(8);
          channel.read(header, position + 8);
          boxSize = header.getLong(0);
          headerLength = 16;
        } else if (boxSize == 0) {
          boxSize = size - position;
        }
        if (boxSize < headerLength) {
          return Optional.of("invalid size of box '" + type + "' at byte " + position);
        }
        if (position + boxSize > size) {
          return Optional.of("box '%s' needs %d bytes, the file ends after %d".formatted(type, boxSize, size - position));
        }
        seen.add(type);
        position += boxSize;
      }
      if (!seen.contains("moov")) {
        return Optional.of("no movie index (moov)");
      }
      if (!seen.contains("mdat")) {
        return Optional.of("no media data (mdat)");
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + file + " failed", e);
    }
  }
}
