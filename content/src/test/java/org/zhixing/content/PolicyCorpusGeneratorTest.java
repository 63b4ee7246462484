package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyCorpusGeneratorTest {

  private static final long PINNED_LENGTH = 6_422_826L;

  private static final List<PolicySeed> SAMPLE = PolicyCorpusGenerator.generate(42, 3_000).toList();

  @Test
  void generatesExactlyCountDocumentsKeyedInOrder() {
    assertThat(SAMPLE).hasSize(3_000);
    assertThat(SAMPLE.getFirst().key()).isEqualTo("G000001");
    assertThat(SAMPLE.getLast().key()).isEqualTo("G003000");
    assertThat(PolicyCorpusGenerator.generate(42, 0)).isEmpty();
  }

  @Test
  void sameSeedGivesTheSameDocumentsAndALongerRunStartsWithAShorterOne() {
    assertThat(PolicyCorpusGenerator.generate(42, 3_000).toList()).isEqualTo(SAMPLE);
    assertThat(PolicyCorpusGenerator.generate(42, 500).toList()).isEqualTo(SAMPLE.subList(0, 500));
    assertThat(PolicyCorpusGenerator.generate(43, 50).toList()).isNotEqualTo(SAMPLE.subList(0, 50));
  }

  /**
   * Pinned so that the benchmark's corpus cannot change unnoticed between JVMs. The corpus is
   * made of the pack's sections, so an edit of the policy sources changes the total length:
   * update it then, on purpose.
   */
  @Test
  void generationGivesTheSameCorpusInEveryJvm() {
    PolicySeed first = SAMPLE.getFirst();
    assertThat(first.docNumber()).isEqualTo("豫组〔2019〕100号");
    assertThat(SAMPLE.get(20).issueDate().getYear()).isEqualTo(2020);
    assertThat(SAMPLE.stream().mapToLong(document -> document.body().length()).sum()).isEqualTo(PINNED_LENGTH);
  }

  @Test
  void bodiesAreAboutTwoThousandCharactersOfMarkedDemoText() {
    assertThat(SAMPLE).allSatisfy(document -> {
      assertThat(document.body()).startsWith(PolicySeed.DEMO_MARKER);
      assertThat(document.body().length()).as(document.key()).isBetween(800, 3000);
    });
    double average = SAMPLE.stream().mapToInt(document -> document.body().length()).average().orElseThrow();
    assertThat(average).isBetween(1_800.0, 2_400.0);
  }

  @Test
  void documentNumbersAreUniqueAndNeverThoseOfThePack() {
    List<String> numbers = SAMPLE.stream().map(PolicySeed::docNumber).filter(Objects::nonNull).toList();
    assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
    Set<String> packNumbers = LoadedPolicies.DOCUMENTS.stream().map(PolicySeed::docNumber)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    assertThat(numbers).noneMatch(packNumbers::contains);
    assertThat(SAMPLE).allSatisfy(document ->
        assertThat(document.body()).as(document.key() + " cites no pack number").doesNotContain("〔"));
  }

  @Test
  void supersededDocumentsPointToANewerGeneratedDocumentOfTheirTopic() {
    Map<String, PolicySeed> byKey = new HashMap<>();
    SAMPLE.forEach(document -> byKey.put(document.key(), document));
    List<PolicySeed> superseded = SAMPLE.stream().filter(document -> !document.inForce()).toList();
    assertThat(superseded.size() * 100 / SAMPLE.size()).isBetween(5, 12);
    assertThat(superseded).allSatisfy(old -> {
      PolicySeed newer = byKey.get(old.supersededBy());
      assertThat(newer).as(old.key()).isNotNull();
      assertThat(newer.issueDate()).isAfter(old.issueDate());
      assertThat(newer.tags().getFirst()).isEqualTo(old.tags().getFirst());
    });
  }

  @Test
  void levelsFollowThePacksMix() {
    Map<String, Long> levels = SAMPLE.stream().collect(Collectors.groupingBy(PolicySeed::level, Collectors.counting()));
    assertThat(levels).containsEntry("PROVINCE", 750L).containsEntry("CITY", 1_050L)
        .containsEntry("COUNTY", 1_050L).containsEntry("TOWNSHIP", 150L);
  }

  @Test
  void judgedQueryWordsOccurInManyGeneratedDocuments() {
    for (String word : List.of("第一书记", "软弱涣散", "集体经济", "四议两公开", "五星", "换届", "积分")) {
      long hits = SAMPLE.stream().filter(document -> document.body().contains(word)).count();
      assertThat(hits).as(word).isGreaterThan(SAMPLE.size() / 50);
    }
  }

  @Test
  void hundredThousandDocumentsStreamInWellUnderAMinute() {
    long start = System.nanoTime();
    AtomicLong count = new AtomicLong();
    long characters = PolicyCorpusGenerator.generate(7, 100_000)
        .mapToLong(document -> {
          count.incrementAndGet();
          return document.body().length();
        })
        .sum();
    assertThat(count.get()).isEqualTo(100_000);
    assertThat(characters / count.get()).isBetween(1_800L, 2_400L);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void streamIsLazy() {
    long start = System.nanoTime();
    assertThat(PolicyCorpusGenerator.generate(7, PolicyCorpusGenerator.MAX_COUNT).limit(3).count()).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void countOutsideTheKeyRangeIsRejected() {
    assertThatThrownBy(() -> PolicyCorpusGenerator.generate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PolicyCorpusGenerator.generate(1, PolicyCorpusGenerator.MAX_COUNT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
