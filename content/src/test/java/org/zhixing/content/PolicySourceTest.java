package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySourceTest {

  private static final List<String> DOCUMENT = List.of(
      "@@ P0001",
      "number: 豫组〔2022〕12号",
      "title: 关于在全省农村开展\"五星\"支部创建工作的通知",
      "authority: 中共河南省委组织部",
      "level: PROVINCE",
      "date: 2022-03-18",
      "status: IN_FORCE",
      "supersededBy: -",
      "type: NOTICE",
      "tags: 五星支部, 乡村振兴",
      "audience: PUBLIC",
      "owner: 411600000000",
      "--",
      PolicySeed.DEMO_MARKER,
      "一、重要意义",
      "开展\"五星\"支部创建……");

  @Test
  void documentIsReadFieldByFieldWithItsParagraphs() {
    List<PolicySeed> documents = PolicySource.parse(lines(DOCUMENT));
    assertThat(documents).singleElement().satisfies(document -> {
      assertThat(document.key()).isEqualTo("P0001");
      assertThat(document.docNumber()).isEqualTo("豫组〔2022〕12号");
      assertThat(document.issueDate()).isEqualTo(LocalDate.of(2022, 3, 18));
      assertThat(document.supersededBy()).isNull();
      assertThat(document.tags()).containsExactly("五星支部", "乡村振兴");
      assertThat(document.paragraphs()).containsExactly(PolicySeed.DEMO_MARKER, "一、重要意义", "开展\"五星\"支部创建……");
    });
  }

  @Test
  void dashMeansNoDocumentNumber() {
    List<String> text = new ArrayList<>(DOCUMENT);
    text.set(1, "number: -");
    assertThat(PolicySource.parse(lines(text)).getFirst().docNumber()).isNull();
  }

  @Test
  void missingHeaderFieldIsRejectedWithTheDocumentsLine() {
    List<String> text = new ArrayList<>(DOCUMENT);
    text.remove(5);
    assertThatThrownBy(() -> PolicySource.parse(lines(text)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("policy/test.txt, line 1")
        .hasMessageContaining("lacks header fields [date]");
  }

  @Test
  void unknownFieldIsRejectedWithItsLine() {
    List<String> text = new ArrayList<>(DOCUMENT);
    text.set(4, "rank: PROVINCE");
    assertThatThrownBy(() -> PolicySource.parse(lines(text)))
        .hasMessageContaining("line 5").hasMessageContaining("unknown header field rank");
  }

  @Test
  void supersededDocumentMustNameItsSuccessor() {
    List<String> text = new ArrayList<>(DOCUMENT);
    text.set(6, "status: SUPERSEDED");
    assertThatThrownBy(() -> PolicySource.parse(lines(text)))
        .hasMessageContaining("line 1").hasMessageContaining("if and only if it is SUPERSEDED");
  }

  @Test
  void badDateAndMissingSeparatorAreRejected() {
    List<String> badDate = new ArrayList<>(DOCUMENT);
    badDate.set(5, "date: 2022-3-18");
    assertThatThrownBy(() -> PolicySource.parse(lines(badDate))).hasMessageContaining("not yyyy-MM-dd");
    List<String> noSeparator = DOCUMENT.stream().filter(line -> !line.equals("--")).toList();
    assertThatThrownBy(() -> PolicySource.parse(lines(noSeparator)))
        .hasMessageContaining("line 13").hasMessageContaining("expected \"field: value\" in the header");
    assertThatThrownBy(() -> PolicySource.parse(lines(DOCUMENT.subList(0, 12))))
        .hasMessageContaining("line 1").hasMessageContaining("no \"--\" line");
  }

  @Test
  void bodyWithoutTheDemoMarkerIsRejected() {
    List<String> text = new ArrayList<>(DOCUMENT);
    text.remove(PolicySeed.DEMO_MARKER);
    assertThatThrownBy(() -> PolicySource.parse(lines(text))).hasMessageContaining("demo marker");
  }

  @Test
  void recordRejectsFiveTagsAndUnknownLevels() {
    PolicySeed document = PolicySource.parse(lines(DOCUMENT)).getFirst();
    assertThatThrownBy(() -> new PolicySeed("P0002", null, "标题", "单位", "PROVINCE", LocalDate.now(), "IN_FORCE",
        null, "QA", List.of("a", "b", "c", "d", "e"), document.body(), "PUBLIC", "411600000000"))
        .hasMessageContaining("one to four tags");
    assertThatThrownBy(() -> new PolicySeed("P0002", null, "标题", "单位", "NATION", LocalDate.now(), "IN_FORCE",
        null, "QA", List.of("a"), document.body(), "PUBLIC", "411600000000"))
        .hasMessageContaining("unknown level NATION");
  }

  @Test
  void packRejectsDuplicateNumbersAndSupersessionByAnOlderDocument() {
    PolicySeed first = PolicySource.parse(lines(DOCUMENT)).getFirst();
    PolicySeed twin = new PolicySeed("P0002", first.docNumber(), "另一标题", first.authority(), first.level(),
        first.issueDate(), "IN_FORCE", null, "NOTICE", first.tags(), first.body(), "PUBLIC", first.ownerUnitCode());
    assertThatThrownBy(() -> PolicyPack.checkLinks(List.of(first, twin))).hasMessageContaining("share the document number");
    PolicySeed older = new PolicySeed("P0003", null, "旧", first.authority(), first.level(),
        first.issueDate().minusYears(1), "IN_FORCE", null, "QA", first.tags(), first.body(), "PUBLIC", first.ownerUnitCode());
    PolicySeed supersededByOlder = new PolicySeed("P0004", "豫组〔2023〕1号", "新", first.authority(), first.level(),
        first.issueDate(), "SUPERSEDED", "P0003", "NOTICE", first.tags(), first.body(), "PUBLIC", first.ownerUnitCode());
    assertThatThrownBy(() -> PolicyPack.checkLinks(List.of(older, supersededByOlder)))
        .hasMessageContaining("missing or not newer");
  }

  private static List<SourceLine> lines(List<String> texts) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new SourceLine("policy/test.txt", i + 1, texts.get(i)));
    }
    return lines;
  }
}
