package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

  private final List<String> searched = new ArrayList<>();

  @Test
  void keptResultIsNotSearchedAgain() throws IOException {
    var results = new RecentResults<String, String>(2);
    results.get("两委", this::search);
    assertThat(results.get("两委", this::search)).isEqualTo("result of 两委");
    assertThat(searched).containsExactly("两委");
  }

  @Test
  void leastRecentlyUsedResultIsDroppedFirst() throws IOException {
    var results = new RecentResults<String, String>(2);
    results.get("a", this::search);
    results.get("b", this::search);
    results.get("a", this::search); // a is now more recent than b
    results.get("c", this::search); // drops b
    results.get("a", this::search);
    results.get("b", this::search);
    assertThat(searched).containsExactly("a", "b", "c", "b");
  }

  @Test
  void capacityZeroSearchesEveryTime() throws IOException {
    var results = new RecentResults<String, String>(0);
    results.get("a", this::search);
    results.get("a", this::search);
    assertThat(searched).containsExactly("a", "a");
  }

  @Test
  void failedSearchIsNotKept() throws IOException {
    var results = new RecentResults<String, String>(2);
    assertThatThrownBy(() -> results.get("a", key -> { throw new IOException("disk"); }))
        .isInstanceOf(IOException.class);
    assertThat(results.get("a", this::search)).isEqualTo("result of a");
  }

  @Test
  void negativeCapacityIsRefused() {
    assertThatThrownBy(() -> new RecentResults<String, String>(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private String search(String key) {
    searched.add(key);
    return "result of " + key;
  }
}
