package org.zhixing.platform.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/**
 * Tells a listener which share of something of known length has been read, once per whole percent: a progress bar
 * needs no more, and a 30,000-row sheet would otherwise call it tens of thousands of times.
 */
final class ReadShare {

  private final long length;
  private final DoubleConsumer listener;
  private int percent = -1;

  /** @param length the whole length; unknown (negative or zero) means nothing is ever told */
  ReadShare(long length, DoubleConsumer listener) {
    this.length = length;
    this.listener = listener;
  }

  void at(long position) {
    if (length <= 0) {
      return;
    }
    int now = (int) Math.min(100, position * 100 / length);
    if (now != percent) {
      percent = now;
      listener.accept(now / 100.0);
    }
  }

  /** {@code in}, telling the share of {@code length} bytes read from it as they are read. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          at(++read);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        if (n > 0) {
          at(read += n);
        }
        return n;
      }
    };
  }
}
