package org.zhixing.courseware.boundary;

import java.time.Instant;
import java.util.Optional;

/**
 * The conditional request headers evaluated in the order of RFC 9110 §13.2.2, for a representation that exists and
 * is read with GET or HEAD: If-Match, else If-Unmodified-Since (412 when false); If-None-Match, else
 * If-Modified-Since (304 when false); then If-Range, which decides whether a Range header is honoured at all.
 * Dates are compared at whole seconds, the precision of HTTP-dates.
 */
record Preconditions(String ifMatch, String ifUnmodifiedSince, String ifNoneMatch, String ifModifiedSince, String ifRange) {

  enum Outcome {
    PROCEED,
    NOT_MODIFIED,
    PRECONDITION_FAILED
  }

  Outcome evaluate(String etag, Instant lastModified) {
    Instant modified = seconds(lastModified);
    if (ifMatch != null) {
      if (!EntityTags.parse(ifMatch).matchesStrongly(etag)) {
        return Outcome.PRECONDITION_FAILED;
      }
    } else if (HttpDates.parse(ifUnmodifiedSince).filter(modified::isAfter).isPresent()) {
      return Outcome.PRECONDITION_FAILED;
    }
    if (ifNoneMatch != null) {
      if (EntityTags.parse(ifNoneMatch).matchesWeakly(etag)) {
        return Outcome.NOT_MODIFIED;
      }
    } else if (HttpDates.parse(ifModifiedSince).filter(since -> !modified.isAfter(since)).isPresent()) {
      return Outcome.NOT_MODIFIED;
    }
    return Outcome.PROCEED;
  }

  /**
   * Whether a Range header may be used: yes without If-Range; with it, only when it names this representation — the
   * same strong entity tag, or exactly its Last-Modified date. Otherwise the client's partial copy is stale and it
   * gets the whole representation.
   */
  boolean rangeApplies(String etag, Instant lastModified) {
    if (ifRange == null) {
      return true;
    }
    String value = ifRange.strip();
    if (value.startsWith("\"") || value.startsWith("W/")) {
      return !EntityTags.isWeak(value) && value.equals(etag);
    }
    Optional<Instant> date = HttpDates.parse(value);
    return date.isPresent() && date.get().equals(seconds(lastModified));
  }

  private static Instant seconds(Instant instant) {
    return Instant.ofEpochSecond(instant.getEpochSecond());
  }
}
