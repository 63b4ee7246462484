package org.zhixing.courseware.upload.control;

import java.util.Locale;

/** Sizes as people read them in messages: "4096 MB" rather than 4294967296. */
final class MebiBytes {

  private MebiBytes() {}

  static String of(long bytes) {
    double mib = bytes / (1024.0 * 1024.0);
    return mib >= 10 ? String.format(Locale.ROOT, "%.0f MB", mib) : String.format(Locale.ROOT, "%.1f MB", mib);
  }
}
