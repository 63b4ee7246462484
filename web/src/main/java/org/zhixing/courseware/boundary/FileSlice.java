package org.zhixing.courseware.boundary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A read-only window {@code [start, end)} onto an open file, which looks like a whole file to its reader. Undertow's
 * servlet output stream sends a FileChannel from its position to its size with sendfile; handing it a slice is how one
 * range goes out zero-copy. Transfers are delegated to the real channel, so the kernel still sees a file descriptor.
 */
final class FileSlice extends FileChannel {

  private final FileChannel file;
  private final long end;
  private long position;

  FileSlice(FileChannel file, long start, long end) {
    this.file = file;
    this.position = start;
    this.end = end;
  }

  @Override
  public long transferTo(long from, long count, WritableByteChannel target) throws IOException {
    long allowed = Math.min(count, end - from);
    return allowed <= 0 ? 0 : file.transferTo(from, allowed, target);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int read = read(dst, position);
    if (read > 0) {
      position += read;
    }
    return read;
  }

  @Override
  public int read(ByteBuffer dst, long from) throws IOException {
    long allowed = end - from;
    if (allowed <= 0) {
      return -1;
    }
    if (dst.remaining() <= allowed) {
      return file.read(dst, from);
    }
    ByteBuffer window = dst.slice(dst.position(), (int) allowed);
    int read = file.read(window, from);
    if (read > 0) {
      dst.position(dst.position() + read);
    }
    return read;
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      int read = read(dsts[i]);
      if (read < 0) {
        return total == 0 ? -1 : total;
      }
      total += read;
      if (dsts[i].hasRemaining()) {
        break;
      }
    }
    return total;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public FileChannel position(long newPosition) {
    this.position = newPosition;
    return this;
  }

  /** The end of the window: readers stop there as they would at the end of a file. */
  @Override
  public long size() {
    return end;
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long from, long size) throws IOException {
    if (mode != MapMode.READ_ONLY || from + size > end) {
      throw new IllegalArgumentException("outside the slice");
    }
    return file.map(mode, from, size);
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) {
    throw new NonWritableChannelException();
  }

  @Override
  public int write(ByteBuffer src, long at) {
    throw new NonWritableChannelException();
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long at, long count) {
    throw new NonWritableChannelException();
  }

  @Override
  public FileChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public void force(boolean metaData) {
    // nothing was written
  }

  @Override
  public FileLock lock(long at, long size, boolean shared) {
    throw new UnsupportedOperationException("a slice is not locked");
  }

  @Override
  public FileLock tryLock(long at, long size, boolean shared) {
    throw new UnsupportedOperationException("a slice is not locked");
  }

  /** The file belongs to whoever opened it; closing the slice leaves it open for the next range. */
  @Override
  protected void implCloseChannel() {}
}
