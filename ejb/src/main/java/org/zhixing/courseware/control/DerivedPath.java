package org.zhixing.courseware.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of a file derived from a blob, relative to the blob's derived folder, e.g. {@code hls/360p/seg-00001.ts}.
 * It comes from URLs, so only plain names are accepted: no {@code ..}, no absolute paths, no empty segments, no
 * backslashes or control characters — whatever does not match is simply not a derived file.
 */
public record DerivedPath(List<String> segments) {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
  private static final int MAX_DEPTH = 8;

  public DerivedPath {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || segments.size() > MAX_DEPTH || !segments.stream().allMatch(DerivedPath::isPlainName)) {
      throw new IllegalArgumentException("not a derived file path: " + segments);
    }
  }

  public static Optional<DerivedPath> parse(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      return Optional.empty();
    }
    List<String> segments = List.of(path.split("/", -1));
    return segments.size() <= MAX_DEPTH && segments.stream().allMatch(DerivedPath::isPlainName)
        ? Optional.of(new DerivedPath(segments))
        : Optional.empty();
  }

  /** The last segment, whose extension tells the media type. */
  public String fileName() {
    return segments.getLast();
  }

  @Override
  public String toString() {
    return String.join("/", segments);
  }

  private static boolean isPlainName(String segment) {
    // A leading dot is refused as well, which keeps out "." and ".." and hidden files alike.
    return SEGMENT.matcher(segment).matches() && !segment.contains("..");
  }
}
