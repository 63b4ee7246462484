package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhixing.content.LoadedPolicies.BY_KEY;
import static org.zhixing.content.LoadedPolicies.DOCUMENTS;
import static org.zhixing.content.LoadedPolicies.share;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyPackTest {

  @Test
  void packHoldsAtLeast220DocumentsKeyedInOrder() {
    assertThat(DOCUMENTS).hasSizeGreaterThanOrEqualTo(220);
    assertThat(DOCUMENTS).extracting(PolicySeed::key)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, DOCUMENTS.size())
            .mapToObj(n -> String.format("P%04d", n)).toList());
  }

  @Test
  void everyBodyStartsWithTheDemoMarkerAndHas800To3000Characters() {
    assertThat(DOCUMENTS).allSatisfy(document -> {
      assertThat(document.paragraphs().getFirst()).as(document.key()).isEqualTo(PolicySeed.DEMO_MARKER);
      assertThat(document.body().codePointCount(0, document.body().length()))
          .as(document.key() + " length").isBetween(800, 3000);
      assertThat(document.paragraphs()).as(document.key()).noneMatch(String::isBlank);
    });
  }

  @Test
  void documentNumbersAreUniqueAndMissingOnlyOnInterpretationsAndQuestions() {
    List<String> numbers = DOCUMENTS.stream().map(PolicySeed::docNumber).filter(Objects::nonNull).toList();
    assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
    assertThat(DOCUMENTS).allSatisfy(document -> assertThat(document.docNumber() == null)
        .as(document.key()).isEqualTo(List.of("INTERPRETATION", "QA").contains(document.type())));
    assertThat(numbers).allMatch(number -> number.matches("\\p{IsHan}+〔20(19|2[0-6])〕\\d{1,2}号"));
  }

  @Test
  void everySupersededDocumentPointsToANewerDocumentOfItsTopicThatRepealsIt() {
    List<PolicySeed> superseded = DOCUMENTS.stream().filter(document -> !document.inForce()).toList();
    assertThat(superseded).isNotEmpty().allSatisfy(old -> {
      PolicySeed newer = BY_KEY.get(old.supersededBy());
      assertThat(newer).as(old.key() + " → " + old.supersededBy()).isNotNull();
      assertThat(newer.issueDate()).as(old.key()).isAfter(old.issueDate());
      assertThat(newer.inForce()).as(old.key()).isTrue();
      assertThat(Collections.disjoint(newer.tags(), old.tags())).as(old.key() + " shares a tag").isFalse();
      assertThat(newer.body()).as(newer.key() + " names what it repeals").contains(old.docNumber());
    });
  }

  @Test
  void levelsTypesStatusesAndAudiencesAreMixedAsPlanned() {
    assertThat(share(d -> d.level().equals("PROVINCE"))).isBetween(20L, 30L);
    assertThat(share(d -> d.level().equals("CITY"))).isBetween(30L, 40L);
    assertThat(share(d -> d.level().equals("COUNTY"))).isBetween(30L, 40L);
    assertThat(share(d -> d.level().equals("TOWNSHIP"))).isBetween(3L, 8L);
    assertThat(share(d -> d.status().equals("SUPERSEDED"))).isBetween(8L, 12L);
    assertThat(share(d -> d.audience().equals("INTERNAL"))).isBetween(5L, 10L);
    assertThat(DOCUMENTS).extracting(PolicySeed::type).containsAll(PolicySeed.TYPES);
    assertThat(DOCUMENTS).extracting(document -> document.issueDate().getYear())
        .containsAll(IntStream.rangeClosed(2019, 2026).boxed().toList());
    assertThat(DOCUMENTS).allSatisfy(document ->
        assertThat(document.issueDate()).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void authorityLevelAndOwnerAgree() {
    assertThat(DOCUMENTS).allSatisfy(document -> {
      switch (document.level()) {
        case "PROVINCE" -> assertThat(document.authority()).as(document.key()).contains("河南省");
        case "CITY" -> assertThat(document.authority()).as(document.key()).contains("周口市");
        case "COUNTY" -> assertThat(document.ownerUnitCode()).as(document.key())
            .endsWith("000000").isNotEqualTo("411600000000");
        default -> assertThat(document.ownerUnitCode()).as(document.key())
            .endsWith("000").doesNotEndWith("000000");
      }
      if (List.of("PROVINCE", "CITY").contains(document.level())) {
        assertThat(document.ownerUnitCode()).as(document.key()).isEqualTo("411600000000");
      }
    });
  }

  @Test
  void ownersAreUnitsOfTheOrgTree() {
    Set<String> unitCodes = new HashSet<>();
    LoadedPack.PACK.units().forEach(unit -> unitCodes.add(unit.code()));
    assertThat(DOCUMENTS).extracting(PolicySeed::ownerUnitCode).allMatch(unitCodes::contains);
  }

  @Test
  void titlesAreUniquePerAuthorityAndTagsFew() {
    List<String> titles = DOCUMENTS.stream().map(document -> document.authority() + document.title()).toList();
    assertThat(new HashSet<>(titles)).hasSameSizeAs(titles);
    assertThat(DOCUMENTS).allSatisfy(document -> assertThat(document.tags()).hasSizeBetween(1, 4));
  }

  @Test
  void loadIsDeterministicAndTakesLessThanOneSecond() {
    long start = System.nanoTime();
    List<PolicySeed> again = PolicyPack.load().documents();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(again).isEqualTo(DOCUMENTS);
    assertThatThrownBy(() -> again.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> again.getFirst().tags().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  /** Pinned so that a change to the sources that renumbers the keys cannot go unnoticed. */
  @Test
  void keysStayWhereTheJudgmentsExpectThem() {
    assertThat(BY_KEY.get("P0001").docNumber()).isEqualTo("豫组〔2022〕12号");
    assertThat(BY_KEY.get("P0057").docNumber()).isEqualTo("太组通〔2024〕3号");
    assertThat(BY_KEY.get("P0102").title()).isEqualTo("驻村第一书记政策问答");
    assertThat(BY_KEY.get("P0239").docNumber()).isEqualTo("秣党〔2024〕1号");
  }
}
