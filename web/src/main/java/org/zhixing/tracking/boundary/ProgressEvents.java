package org.zhixing.tracking.boundary;

import java.util.List;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.tracking.boundary.ProgressBatchRequest.Event;
import org.zhixing.tracking.control.ProgressEvent;

/**
 * Reads the player's events into the domain's: seconds become milliseconds, every event needs its id, kind and time,
 * and each kind must carry its fields.
 */
final class ProgressEvents {

  /** Media times above this (24 hours) are not a lesson. */
  private static final double MAX_SECONDS = 86_400;
  /** A player offline for a long time sends its queue in batches of this size. */
  static final int MAX_EVENTS = 500;

  private ProgressEvents() {}

  static List<ProgressEvent> of(ProgressBatchRequest batch) {
    if (batch == null || batch.events() == null) {
      throw new InvalidParameterException("events", "null");
    }
    if (batch.events().size() > MAX_EVENTS) {
      throw new InvalidParameterException("events", batch.events().size() + " events, at most " + MAX_EVENTS);
    }
    return batch.events().stream().map(ProgressEvents::of).toList();
  }

  static ProgressEvent of(Event e) {
    present("event", e);
    present("id", e.id());
    present("kind", e.kind());
    present("clientTime", e.clientTime());
    return switch (e.kind()) {
      case "WATCHED" -> new ProgressEvent.Watched(e.id(), e.courseId(), e.lessonId(), e.clientTime(),
          millis("from", e.from()), millis("to", e.to()));
      case "PAGE" -> new ProgressEvent.PageRead(e.id(), e.courseId(), e.lessonId(), e.clientTime(),
          required("page", e.page()), required("dwellSeconds", e.dwellSeconds()));
      case "POSITION" -> new ProgressEvent.Position(e.id(), e.courseId(), e.lessonId(), e.clientTime(),
          millis("at", e.at()));
      case "PRESENCE" -> {
        present("checkId", e.checkId());
        yield new ProgressEvent.PresenceAnswer(e.id(), e.courseId(), e.lessonId(), e.clientTime(), e.checkId());
      }
      default -> throw new InvalidParameterException("kind", e.kind());
    };
  }

  private static void present(String field, Object value) {
    if (value == null) {
      throw new InvalidParameterException(field, "null");
    }
  }

  private static int millis(String field, Double seconds) {
    if (seconds == null || seconds.isNaN() || seconds < 0 || seconds > MAX_SECONDS) {
      throw new InvalidParameterException(field, String.valueOf(seconds));
    }
    return (int) Math.round(seconds * 1000);
  }

  private static int required(String field, Integer value) {
    if (value == null || value < 0) {
      throw new InvalidParameterException(field, String.valueOf(value));
    }
    return value;
  }
}
