package org.zhixing.courseware.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored files memory-mapped once and shared by every request: a range is then a slice of the mapping, written to
 * the socket straight from the page cache, with no copy in the JVM. (Undertow's own file transfer would not do it:
 * its HTTP/1.1 response conduit feeds {@code FileChannel.transferTo} a wrapper channel, so the JDK falls back to
 * copying 8 KiB at a time.) Stored files never change in place — blobs are named by their hash, derived files are
 * replaced by renaming a new folder in — so a mapping stays valid; the key includes size and time all the same.
 * Files map in chunks of at most 1 GiB (a MappedByteBuffer holds at most 2 GiB); the least recently used files are
 * forgotten beyond {@link #MAX_FILES}, and the GC unmaps them.
 */
@ApplicationScoped
public class MappedFiles {

  private static final long CHUNK = 1L << 30;
  private static final int MAX_FILES = 512;

  private final long chunkSize;

  private final Map<Key, MappedByteBuffer[]> mapped = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, MappedByteBuffer[]> eldest) {
      return size() > MAX_FILES;
    }
  };

  private record Key(Path file, long size, Instant lastModified) {}

  public MappedFiles() {
    this(CHUNK);
  }

  /** With smaller chunks, for tests of ranges across chunk borders. */
  MappedFiles(long chunkSize) {
    this.chunkSize = chunkSize;
  }

  /** Read-only views of {@code range} of the file, in order; a range across a chunk border is two views. */
  List<ByteBuffer> slices(Path file, long size, Instant lastModified, ByteRange range) throws IOException {
    MappedByteBuffer[] chunks = chunks(new Key(file, size, lastModified));
    List<ByteBuffer> slices = new ArrayList<>(2);
    long position = range.first();
    long end = range.last() + 1;
    while (position < end) {
      int chunk = (int) (position / chunkSize);
      int offset = (int) (position % chunkSize);
      int length = (int) Math.min(end - position, chunks[chunk].capacity() - offset);
      slices.add(chunks[chunk].slice(offset, length));
      position += length;
    }
    return slices;
  }

  private MappedByteBuffer[] chunks(Key key) throws IOException {
    synchronized (mapped) {
      MappedByteBuffer[] known = mapped.get(key);
      if (known != null) {
        return known;
      }
    }
    MappedByteBuffer[] chunks = map(key);
    synchronized (mapped) {
      // two requests may have mapped the same file at once; either mapping serves, keep the first
      MappedByteBuffer[] raced = mapped.putIfAbsent(key, chunks);
      return raced == null ? chunks : raced;
    }
  }

  private MappedByteBuffer[] map(Key key) throws IOException {
    try (FileChannel channel = FileChannel.open(key.file(), StandardOpenOption.READ)) {
      int count = (int) ((key.size() + chunkSize - 1) / chunkSize);
      MappedByteBuffer[] chunks = new MappedByteBuffer[count];
      for (int i = 0; i < count; i++) {
        long start = i * chunkSize;
        chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunkSize, key.size() - start));
      }
      return chunks;
    }
  }
}
