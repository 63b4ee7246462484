package org.zhixing.tracking.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.tracking.boundary.ProgressBatchRequest.Event;
import org.zhixing.tracking.control.ProgressEvent;

class ProgressEventsTest {

  private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");
  private static final UUID ID = UUID.randomUUID();

  private static Event event(String kind, Double from, Double to, Integer page, Integer dwell, Double at, UUID check) {
    return new Event(ID, 3, 17, kind, AT, from, to, page, dwell, at, check);
  }

  @Test
  void watchedSecondsBecomeMilliseconds() {
    assertThat(ProgressEvents.of(event("WATCHED", 1.2345, 6.0, null, null, null, null)))
        .isEqualTo(new ProgressEvent.Watched(ID, 3, 17, AT, 1235, 6000));
  }

  @Test
  void eachKindNeedsItsFields() {
    assertThatThrownBy(() -> ProgressEvents.of(event("WATCHED", null, 5.0, null, null, null, null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> ProgressEvents.of(event("PAGE", null, null, 2, null, null, null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> ProgressEvents.of(event("PRESENCE", null, null, null, null, null, null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> ProgressEvents.of(event("SKIPPED", null, null, null, null, null, null)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void everyEventNeedsItsIdKindAndTime() {
    assertThatThrownBy(() -> ProgressEvents.of(new Event(null, 3, 17, "POSITION", AT, null, null, null, null, 1.0, null)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> ProgressEvents.of(new Event(ID, 3, 17, null, AT, null, null, null, null, 1.0, null)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> ProgressEvents.of(new Event(ID, 3, 17, "POSITION", null, null, null, null, null, 1.0, null)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("clientTime");
    assertThatThrownBy(() -> ProgressEvents.of(new ProgressBatchRequest(Arrays.asList((Event) null))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("event");
  }

  @Test
  void aBatchNeedsItsEventsAndHoldsAtMostFiveHundred() {
    Event position = event("POSITION", null, null, null, null, 1.0, null);
    assertThat(ProgressEvents.of(new ProgressBatchRequest(Collections.nCopies(500, position)))).hasSize(500);
    assertThatThrownBy(() -> ProgressEvents.of(new ProgressBatchRequest(Collections.nCopies(501, position))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("501");
    assertThatThrownBy(() -> ProgressEvents.of(new ProgressBatchRequest(null)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("events");
    assertThatThrownBy(() -> ProgressEvents.of((ProgressBatchRequest) null))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("events");
  }

  @Test
  void negativeNotANumberAndDayLongTimesAreRefused() {
    for (double seconds : new double[] {-0.1, Double.NaN, 86_401}) {
      assertThatThrownBy(() -> ProgressEvents.of(event("POSITION", null, null, null, null, seconds, null)))
          .isInstanceOf(InvalidParameterException.class);
    }
  }

  @Test
  void pagesPositionsAndAnswersKeepTheirValues() {
    UUID check = UUID.randomUUID();
    assertThat(ProgressEvents.of(event("PAGE", null, null, 2, 7, null, null)))
        .isEqualTo(new ProgressEvent.PageRead(ID, 3, 17, AT, 2, 7));
    assertThat(ProgressEvents.of(event("POSITION", null, null, null, null, 42.5, null)))
        .isEqualTo(new ProgressEvent.Position(ID, 3, 17, AT, 42_500));
    assertThat(ProgressEvents.of(event("PRESENCE", null, null, null, null, null, check)))
        .isEqualTo(new ProgressEvent.PresenceAnswer(ID, 3, 17, AT, check));
  }
}
