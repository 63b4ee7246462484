package org.zhixing.courseware.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhixing.courseware.boundary.Preconditions.Outcome;

/** RFC 9110 §13.1 and the evaluation order of §13.2.2. */
class PreconditionsTest {

  private static final String ETAG = "\"abc123\"";
  private static final Instant MODIFIED = Instant.parse("2026-11-25T08:00:00.750Z");
  private static final String MODIFIED_DATE = "Wed, 25 Nov 2026 08:00:00 GMT";
  private static final String EARLIER = "Wed, 25 Nov 2026 07:59:59 GMT";
  private static final String LATER = "Wed, 25 Nov 2026 08:00:01 GMT";

  @Test
  void withoutConditionsTheRequestProceeds() {
    assertThat(when(null, null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void ifMatchNeedsAStrongMatch() {
    assertThat(when(ETAG, null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(when("\"x\", " + ETAG, null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(when("*", null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(when("\"other\"", null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PRECONDITION_FAILED);
    assertThat(when("W/" + ETAG, null, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PRECONDITION_FAILED);
  }

  @Test
  void ifUnmodifiedSinceFailsForALaterChange() {
    assertThat(when(null, EARLIER, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PRECONDITION_FAILED);
    assertThat(when(null, MODIFIED_DATE, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(when(null, "not a date", null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void ifMatchTakesPrecedenceOverIfUnmodifiedSince() {
    assertThat(when(ETAG, EARLIER, null, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void ifNoneMatchComparesWeaklyAndGives304() {
    assertThat(when(null, null, ETAG, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(when(null, null, "W/" + ETAG, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(when(null, null, "*", null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(when(null, null, "\"a,b\", \"other\"", null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void ifModifiedSinceGives304WhenNothingChangedSince() {
    assertThat(when(null, null, null, MODIFIED_DATE).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(when(null, null, null, LATER).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(when(null, null, null, EARLIER).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(when(null, null, null, "yesterday").evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
    assertThat(when(null, null, "\"other\"", LATER).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void aFailedIfMatchWinsOverIfNoneMatch() {
    assertThat(when("\"other\"", null, ETAG, null).evaluate(ETAG, MODIFIED)).isEqualTo(Outcome.PRECONDITION_FAILED);
  }

  @Test
  void ifRangeWithTheStrongTagOrTheExactDateKeepsTheRange() {
    assertThat(ifRange(ETAG).rangeApplies(ETAG, MODIFIED)).isTrue();
    assertThat(ifRange(MODIFIED_DATE).rangeApplies(ETAG, MODIFIED)).isTrue();
    assertThat(ifRange(null).rangeApplies(ETAG, MODIFIED)).isTrue();
  }

  @Test
  void ifRangeWithAnotherTagAWeakTagOrAnotherDateDropsTheRange() {
    assertThat(ifRange("\"other\"").rangeApplies(ETAG, MODIFIED)).isFalse();
    assertThat(ifRange("W/" + ETAG).rangeApplies(ETAG, MODIFIED)).isFalse();
    assertThat(ifRange(LATER).rangeApplies(ETAG, MODIFIED)).isFalse();
    assertThat(ifRange(EARLIER).rangeApplies(ETAG, MODIFIED)).isFalse();
    assertThat(ifRange("garbage").rangeApplies(ETAG, MODIFIED)).isFalse();
  }

  @Test
  void allThreeDateFormatsAreRead() {
    Instant expected = Instant.parse("1994-11-06T08:49:37Z");
    assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT")).contains(expected);
    assertThat(HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT")).contains(expected);
    assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994")).contains(expected);
    assertThat(HttpDates.format(expected)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  private static Preconditions when(String ifMatch, String ifUnmodifiedSince, String ifNoneMatch, String ifModifiedSince) {
    return new Preconditions(ifMatch, ifUnmodifiedSince, ifNoneMatch, ifModifiedSince, null);
  }

  private static Preconditions ifRange(String value) {
    return new Preconditions(null, null, null, null, value);
  }
}
