package org.zhixing.courseware.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhixing.courseware.boundary.RangeSelection.Ranges;
import org.zhixing.courseware.boundary.RangeSelection.Unsatisfiable;
import org.zhixing.courseware.boundary.RangeSelection.Whole;

/** The examples of RFC 9110 §14.1.2 and the edges around them, on a 10,000-byte representation. */
class RangeSelectionTest {

  private static final long SIZE = 10_000;

  @Test
  void noHeaderMeansTheWholeRepresentation() {
    assertThat(RangeSelection.of(null, SIZE)).isInstanceOf(Whole.class);
  }

  @Test
  void theFirst500Bytes() {
    assertThat(ranges("bytes=0-499")).containsExactly(new ByteRange(0, 499));
  }

  @Test
  void theSecond500Bytes() {
    assertThat(ranges("bytes=500-999")).containsExactly(new ByteRange(500, 999));
  }

  @Test
  void theFinal500BytesAsASuffix() {
    assertThat(ranges("bytes=-500")).containsExactly(new ByteRange(9500, 9999));
  }

  @Test
  void theFinal500BytesAsAnOpenRange() {
    assertThat(ranges("bytes=9500-")).containsExactly(new ByteRange(9500, 9999));
  }

  @Test
  void theFirstAndLastBytesOnly() {
    assertThat(ranges("bytes=0-0,-1")).containsExactly(new ByteRange(0, 0), new ByteRange(9999, 9999));
  }

  @Test
  void aLastPositionPastTheEndIsClipped() {
    assertThat(ranges("bytes=9000-20000")).containsExactly(new ByteRange(9000, 9999));
    assertThat(ranges("bytes=9000-99999999999999999999999")).containsExactly(new ByteRange(9000, 9999));
  }

  @Test
  void aSuffixLongerThanTheRepresentationIsAllOfIt() {
    assertThat(ranges("bytes=-20000")).containsExactly(new ByteRange(0, 9999));
  }

  @Test
  void theUnitIsCaseInsensitiveAndListsMayHaveSpacesAndEmptyElements() {
    assertThat(ranges("Bytes=0-9 , ,  200-209,")).containsExactly(new ByteRange(0, 9), new ByteRange(200, 209));
  }

  @Test
  void rangesKeepTheirRequestedOrderWhenTheyDoNotTouch() {
    assertThat(ranges("bytes=5000-5099,0-99")).containsExactly(new ByteRange(5000, 5099), new ByteRange(0, 99));
  }

  @Test
  void overlappingAndNearbyRangesAreCoalescedInAscendingOrder() {
    assertThat(ranges("bytes=500-700,0-100,600-999,150-160,8000-8001"))
        .containsExactly(new ByteRange(0, 160), new ByteRange(500, 999), new ByteRange(8000, 8001));
  }

  @Test
  void unsatisfiableSpecsAreDroppedWhenOthersAreSatisfiable() {
    assertThat(ranges("bytes=20000-30000,0-9")).containsExactly(new ByteRange(0, 9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=10000-", "bytes=10000-10010", "bytes=-0", "bytes=20000-,30000-40000",
      "bytes=99999999999999999999-"})
  void nothingSatisfiableIs416(String header) {
    assertThat(RangeSelection.of(header, SIZE)).isInstanceOf(Unsatisfiable.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=0-", "bytes=-1"})
  void anEmptyRepresentationSatisfiesNoRange(String header) {
    assertThat(RangeSelection.of(header, 0)).isInstanceOf(Unsatisfiable.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"items=0-5", "bytes", "bytes=", "bytes=,", "bytes=5-1", "bytes=a-b", "bytes=1-2-3",
      "bytes=0-1,x", "bytes=--5", "bytes=-", "bytes=+1-2", "bytes=0x10-", "bytes= 0 - 5", "bytes=1.5-2"})
  void otherUnitsAndBrokenSyntaxAreIgnored(String header) {
    assertThat(RangeSelection.of(header, SIZE)).isInstanceOf(Whole.class);
  }

  @Test
  void tooManyRangesAreIgnored() {
    StringBuilder header = new StringBuilder("bytes=");
    for (int i = 0; i <= RangeSelection.MAX_RANGES; i++) {
      header.append(i * 90).append('-').append(i * 90).append(',');
    }
    assertThat(RangeSelection.of(header.toString(), SIZE)).isInstanceOf(Whole.class);
  }

  /** Whatever the header, the answer stays inside the file, ranges do not overlap, and every asked byte is sent. */
  @RepeatedTest(300)
  void randomHeadersGiveRangesInsideTheFileThatCoverWhatWasAsked() {
    Random random = new Random();
    long size = random.nextInt(5) == 0 ? random.nextInt(3) : 1 + random.nextInt(100_000);
    List<long[]> asked = new ArrayList<>();
    StringBuilder header = new StringBuilder("bytes=");
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      long a = random.nextLong(size + 50);
      long b = a + random.nextLong(5_000);
      switch (random.nextInt(3)) {
        case 0 -> { header.append(a).append('-').append(b); asked.add(new long[] {a, Math.min(b, size - 1)}); }
        case 1 -> { header.append(a).append('-'); asked.add(new long[] {a, size - 1}); }
        default -> {
          long suffix = random.nextLong(size + 10);
          header.append('-').append(suffix);
          asked.add(suffix == 0 ? new long[] {size, size} : new long[] {Math.max(0, size - suffix), size - 1});
        }
      }
      header.append(i < count - 1 ? "," : "");
    }
    RangeSelection selection = RangeSelection.of(header.toString(), size);
    List<long[]> satisfiable = asked.stream().filter(r -> r[0] < size && r[0] <= r[1]).toList();
    if (satisfiable.isEmpty()) {
      assertThat(selection).as(header.toString()).isInstanceOf(Unsatisfiable.class);
      return;
    }
    List<ByteRange> ranges = ((Ranges) selection).ranges();
    for (ByteRange range : ranges) {
      assertThat(range.first()).isBetween(0L, size - 1);
      assertThat(range.last()).isBetween(range.first(), size - 1);
    }
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        ByteRange x = ranges.get(i);
        ByteRange y = ranges.get(j);
        assertThat(x.last() < y.first() || y.last() < x.first()).as("%s and %s are disjoint", x, y).isTrue();
      }
    }
    for (long[] wanted : satisfiable) {
      for (long position : new long[] {wanted[0], wanted[1], (wanted[0] + wanted[1]) / 2}) {
        assertThat(ranges).as("%s covers %d", header, position).anyMatch(r -> r.first() <= position && position <= r.last());
      }
    }
  }

  private static List<ByteRange> ranges(String header) {
    RangeSelection selection = RangeSelection.of(header, SIZE);
    assertThat(selection).as(header).isInstanceOf(Ranges.class);
    return ((Ranges) selection).ranges();
  }
}
