package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhixing.content.LoadedPolicies.BY_KEY;
import static org.zhixing.content.LoadedPolicies.JUDGMENTS;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JudgedQueriesTest {

  /** A document number however it is typed: 豫组〔2022〕12号, 豫组[2022]12号, 豫组2022 12号, 豫组2022年12号 … */
  private static final Pattern TYPED_NUMBER = Pattern.compile(
      "^(\\p{IsHan}+)\\s*[〔\\[(（【]?\\s*(\\d{4})\\s*[〕\\])）】年]?\\s*(\\d{1,3})\\s*号$");

  @Test
  void atLeast60QueriesWithUniqueIds() {
    assertThat(JUDGMENTS).hasSizeGreaterThanOrEqualTo(60);
    Set<String> ids = new HashSet<>();
    assertThat(JUDGMENTS).allMatch(judgment -> ids.add(judgment.id()));
  }

  @Test
  void everyJudgmentGradesOneToEightExistingDocumentsAndAtLeastOneRelevant() {
    assertThat(JUDGMENTS).allSatisfy(judgment -> {
      assertThat(judgment.grades()).as(judgment.id()).hasSizeBetween(1, 8);
      assertThat(judgment.grades().keySet()).as(judgment.id()).allMatch(BY_KEY::containsKey);
      assertThat(judgment.atLeast(2)).as(judgment.id()).isNotEmpty();
    });
  }

  @Test
  void atLeastEightQueriesAreDocumentNumbersInSeveralBracketForms() {
    List<Judgment> numberQueries = JUDGMENTS.stream().filter(judgment -> typedNumber(judgment.query()).isPresent()).toList();
    assertThat(numberQueries).hasSizeGreaterThanOrEqualTo(8);
    Set<String> forms = new HashSet<>();
    numberQueries.forEach(judgment -> forms.add(judgment.query().replaceAll("[\\p{IsHan}\\d]", "")));
    assertThat(forms).as("bracket forms").hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void aDocumentNumberQueryGradesTheDocumentWithThatNumberThree() {
    JUDGMENTS.forEach(judgment -> typedNumber(judgment.query()).ifPresent(number -> {
      PolicySeed numbered = LoadedPolicies.DOCUMENTS.stream()
          .filter(document -> number.equals(document.docNumber())).findFirst().orElse(null);
      assertThat(numbered).as(judgment.id() + " " + number + " is in the pack").isNotNull();
      assertThat(judgment.grades().get(numbered.key())).as(judgment.id()).isEqualTo(3);
    }));
  }

  @Test
  void supersededDocumentsAreGradedAtMostTwoExceptByTheirOwnNumber() {
    JUDGMENTS.forEach(judgment -> judgment.grades().forEach((key, grade) -> {
      PolicySeed document = BY_KEY.get(key);
      if (document != null && !document.inForce() && grade == 3) {
        assertThat(typedNumber(judgment.query())).as(judgment.id() + " " + key).contains(document.docNumber());
      }
    }));
  }

  @Test
  void judgmentsCoverShortTermsAuthoritiesAndSynonyms() {
    assertThat(JUDGMENTS).anyMatch(judgment -> judgment.query().length() == 2);
    assertThat(JUDGMENTS).anyMatch(judgment -> judgment.query().contains("两委") && !judgment.query().contains("\""));
    assertThat(JUDGMENTS).anyMatch(judgment -> judgment.query().equals("周口市民政局"));
    assertThat(JUDGMENTS).anyMatch(judgment -> judgment.query().endsWith("吗") || judgment.query().contains("多长"));
  }

  @Test
  void malformedLinesAreRejectedWithTheirLineNumber() {
    assertThatThrownBy(() -> JudgedQueries.parse(List.of(new SourceLine("judgments.tsv", 4, "Q1\t销号"))))
        .hasMessageContaining("judgments.tsv, line 4").hasMessageContaining("expected 3 tab-separated columns");
    assertThatThrownBy(() -> JudgedQueries.parse(List.of(new SourceLine("judgments.tsv", 5, "Q1\t销号\tP0051:4"))))
        .hasMessageContaining("line 5").hasMessageContaining("not 1..3");
    assertThatThrownBy(() -> JudgedQueries.parse(List.of(
        new SourceLine("judgments.tsv", 6, "Q1\t销号\tP0051:3"), new SourceLine("judgments.tsv", 7, "Q1\t召回\tP0123:3"))))
        .hasMessageContaining("line 7").hasMessageContaining("appears twice");
  }

  @Test
  void gradesKeepFileOrderAndCannotBeChanged() {
    Judgment first = JUDGMENTS.getFirst();
    assertThat(first.grades().keySet()).first().isEqualTo("P0045");
    assertThatThrownBy(() -> first.grades().put("P0001", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  static Optional<String> typedNumber(String query) {
    StringBuilder halfWidth = new StringBuilder();
    query.strip().chars().forEach(c -> halfWidth.append((char) (c >= '０' && c <= '９' ? c - '０' + '0' : c)));
    Matcher matcher = TYPED_NUMBER.matcher(halfWidth);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) + "〔" + matcher.group(2) + "〕" + matcher.group(3) + "号");
  }
}
