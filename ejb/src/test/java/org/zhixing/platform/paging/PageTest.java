package org.zhixing.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void ofTakesPageAndSizeFromTheRequest() {
    Page<String> page = Page.of(List.of("a", "b"), new PageRequest(3, 2), 7);
    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.page()).isEqualTo(3);
    assertThat(page.size()).isEqualTo(2);
    assertThat(page.total()).isEqualTo(7);
  }

  @Test
  void mapConvertsItemsInOrderAndKeepsThePaging() {
    Page<Integer> lengths = Page.of(List.of("王", "王建国", "建国"), new PageRequest(2, 3), 42).map(String::length);
    assertThat(lengths).isEqualTo(new Page<>(List.of(1, 3, 2), 2, 3, 42));
  }

  @Test
  void itemsAreCopiedAndCannotBeChanged() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(items, new PageRequest(1, 20), 1);
    items.add("b");

    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }
}
