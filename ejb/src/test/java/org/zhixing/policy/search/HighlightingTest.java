package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HighlightingTest {

  private LucenePolicySearchEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void highlightsEscapeHtml() {
    engine = Engines.inMemoryWith(List.of(policy(1, "<b>通知</b> & 说明",
        "第一段<script>alert('x')</script>讲换届。\n第二段 \"引号\" 也讲换届。")));

    PolicyHit hit = engine.search(PolicyQuery.of("换届")).hits().getFirst();

    assertThat(hit.titleHtml()).isEqualTo("&lt;b&gt;通知&lt;/b&gt; &amp; 说明");
    assertThat(hit.snippetHtml()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<mark>换届</mark>")
        .doesNotContain("<script>", "<b>");
    assertThat(engine.highlightBody(1, "换届")).isEqualTo(
        "<p>第一段&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;讲<mark>换届</mark>。</p>"
            + "<p>第二段 &quot;引号&quot; 也讲<mark>换届</mark>。</p>");
  }

  @Test
  void titleMarksTheWordsFoundWhicheverAnalysisFoundThem() {
    engine = Engines.inMemoryWith(List.of(policy(1, "驻村第一书记管理办法", "正文")));

    assertThat(engine.search(PolicyQuery.of("管理办法")).hits().getFirst().titleHtml())
        .isEqualTo("驻村第一书记<mark>管理办法</mark>");
    assertThat(engine.search(PolicyQuery.of("书记 办法")).hits().getFirst().titleHtml())
        .isEqualTo("驻村第一<mark>书记</mark>管理<mark>办法</mark>");
  }

  @Test
  void snippetsAreShortPassagesAroundTheMatches() {
    String filler = "各级党组织要高度重视基层组织建设工作，切实加强组织领导。".repeat(30);
    engine = Engines.inMemoryWith(List.of(policy(1, "通知", filler + "重点整顿软弱涣散村党组织。" + filler)));

    String snippet = engine.search(PolicyQuery.of("软弱涣散")).hits().getFirst().snippetHtml();

    assertThat(snippet).contains("<mark>软弱涣散");
    assertThat(snippet.replaceAll("</?mark>", "")).hasSizeLessThanOrEqualTo(250);
  }

  @Test
  void withoutTextTheSnippetIsTheBeginningOfTheBody() {
    engine = Engines.inMemoryWith(List.of(policy(1, "通知", "开头一句。\n后面还有很多内容。")));

    PolicyHit hit = engine.search(PolicyQuery.of("")).hits().getFirst();

    assertThat(hit.titleHtml()).isEqualTo("通知");
    assertThat(hit.snippetHtml()).startsWith("开头一句。").doesNotContain("<mark>");
  }

  @Test
  void wholeBodyKeepsParagraphsAndSkipsBlankLines() {
    engine = Engines.inMemoryWith(List.of(policy(1, "办法", "　　第一条　总则。\n\n　　第二条　细则。\n")));

    assertThat(engine.highlightBody(1, "")).isEqualTo("<p>第一条　总则。</p><p>第二条　细则。</p>");
    assertThat(engine.highlightBody(1, "细则")).isEqualTo("<p>第一条　总则。</p><p>第二条　<mark>细则</mark>。</p>");
  }

  @Test
  void highlightingAnUnknownDocumentSaysSo() {
    engine = Engines.inMemoryWith(List.of(policy(1, "办法", "正文")));

    assertThatThrownBy(() -> engine.highlightBody(99, "正文"))
        .isInstanceOf(PolicyNotIndexedException.class)
        .hasMessageContaining("99");
  }

  private static IndexedPolicy policy(long id, String title, String body) {
    return new IndexedPolicy(id, null, title, "中共洛阳市委组织部", "CITY", LocalDate.of(2024, 1, 1), "IN_FORCE", "NOTICE",
        List.of(), body, false);
  }
}
