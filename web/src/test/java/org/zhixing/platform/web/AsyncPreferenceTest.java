package org.zhixing.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AsyncPreferenceTest {

  @Test
  void noHeaderOrOtherPreferencesMeanTheClientWaitsForTheResult() {
    assertThat(AsyncPreference.of(null).answerAsyncAfter()).isEmpty();
    assertThat(AsyncPreference.of("return=minimal, wait=10").answerAsyncAfter()).isEmpty();
  }

  @Test
  void respondAsyncAnswersAtOnceUnlessAWaitIsGiven() {
    assertThat(AsyncPreference.of("respond-async").answerAsyncAfter()).contains(Duration.ZERO);
    assertThat(AsyncPreference.of("Respond-Async, wait=5").answerAsyncAfter()).contains(Duration.ofSeconds(5));
    assertThat(AsyncPreference.of("wait=\"3\"; respond-async").answerAsyncAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void aWaitThatIsNoNumberOrNegativeMeansNoWait() {
    assertThat(AsyncPreference.of("respond-async, wait=soon").answerAsyncAfter()).contains(Duration.ZERO);
    assertThat(AsyncPreference.of("respond-async, wait=-4").answerAsyncAfter()).contains(Duration.ZERO);
  }
}
