package org.zhixing.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest(name = "page {0} of size {1} starts at row {2}")
  @CsvSource({"1, 20, 0", "2, 20, 20", "3, 20, 40", "5, 1, 4", "2, 200, 200"})
  void offsetCountsTheRowsOfEarlierPages(int page, int size, int offset) {
    assertThat(new PageRequest(page, size).offset()).isEqualTo(offset);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void pagesStartAtOne(int page) {
    assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(page, 20)).withMessageContaining("page");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, PageRequest.MAX_SIZE + 1})
  void sizeOutsideOneToTwoHundredIsRejected(int size) {
    assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(1, size)).withMessageContaining("size");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, PageRequest.MAX_SIZE})
  void sizesAtTheLimitsAreAccepted(int size) {
    assertThat(new PageRequest(1, size).size()).isEqualTo(size);
  }

  @Test
  void pagesBeyondTheLastPossibleOneAreRejected() {
    assertThat(catchThrowable(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLastPossiblePageHasANonNegativeOffset() {
    assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).isNotNegative();
  }
}
