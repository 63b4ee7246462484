package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkedHtmlTest {

  @Test
  void overlappingAndTouchingMatchesBecomeOneMark() {
    String content = "驻村第一书记管理";
    var passage = passage(0, content.length(), new int[][] {{2, 4}, {3, 5}, {4, 6}});

    assertThat(MarkedHtml.snippets(100).format(new Passage[] {passage}, content)).isEqualTo("驻村<mark>第一书记</mark>管理");
  }

  @Test
  void everythingOutsideTheMarksIsEscaped() {
    String content = "<a href='x'>A&B</a>";
    var passage = passage(0, content.length(), new int[][] {{12, 15}});

    assertThat(MarkedHtml.snippets(100).format(new Passage[] {passage}, content))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;<mark>A&amp;B</mark>&lt;/a&gt;");
  }

  @Test
  void longPassagesAreCutAroundTheirFirstMatch() {
    String content = "甲".repeat(300) + "整顿" + "乙".repeat(300);
    var passage = passage(0, content.length(), new int[][] {{300, 302}});

    String html = MarkedHtml.snippets(100).format(new Passage[] {passage}, content);

    assertThat(html).contains("<mark>整顿</mark>");
    assertThat(html.replaceAll("</?mark>", "")).hasSize(100);
  }

  @Test
  void snippetsAreOneLineAndPassagesAreJoinedByAnEllipsis() {
    String content = "第一句\n讲换届。第二句讲别的。第三句\t讲换届。";
    var first = passage(0, 8, new int[][] {{5, 7}});
    var third = passage(15, content.length(), new int[][] {{20, 22}});

    assertThat(MarkedHtml.snippets(100).format(new Passage[] {third, first}, content))
        .isEqualTo("第一句 讲<mark>换届</mark>。…第三句 讲<mark>换届</mark>。");
  }

  @Test
  void paragraphsSplitAtLineBreaksEvenInsideAMark() {
    String content = "　　甲乙\n\n丙丁\n";
    var whole = passage(0, content.length(), new int[][] {{3, 7}});

    assertThat(MarkedHtml.paragraphs().format(new Passage[] {whole}, content))
        .isEqualTo("<p>甲<mark>乙</mark></p><p><mark>丙</mark>丁</p>");
  }

  private static Passage passage(int start, int end, int[][] matches) {
    var passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int[] match : matches) {
      passage.addMatch(match[0], match[1], new BytesRef("x"), 1);
    }
    return passage;
  }
}
