package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.policy.search.Engines.idsFor;
import static org.zhixing.policy.search.SamplePolicies.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchTest {

  private static LucenePolicySearchEngine engine;

  @BeforeAll
  static void index() {
    engine = Engines.inMemoryWith(SamplePolicies.all());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void findsAWeakVillageNoticeBySegmentedWords() {
    assertThat(idsFor(engine, "整顿 软弱涣散 村党组织")).first().isEqualTo(WEAK_VILLAGES);
  }

  @Test
  void findsShortTwoCharacterTerms() {
    assertThat(idsFor(engine, "王庄")).containsExactly(WANGZHUANG_QA);
    assertThat(idsFor(engine, "举债")).containsExactly(COLLECTIVE_ECONOMY);
  }

  @Test
  void documentNumberMatchesWhateverTheBrackets() {
    for (String typed : new String[] {
        "豫组〔2022〕12号", "豫组[2022]12号", "豫组(2022)12号", "豫组（2022）12号", "豫组2022 12号", "豫组〔2022〕12",
        "豫组【2022】第12号", "豫组〔２０２２〕１２号"}) {
      assertThat(idsFor(engine, typed)).as(typed).first().isEqualTo(WEAK_VILLAGES);
    }
  }

  @Test
  void aWholeTitleTypedFindsThatDocumentBeforeTheInterpretationQuotingIt() {
    String title = "关于在全省农村开展\"五星\"支部创建工作的通知";
    IndexedPolicy notice = Engines.policy(1, title);
    IndexedPolicy reading =
        new IndexedPolicy(2, null, "《" + title + "》政策解读", "中共河南省委组织部", "PROVINCE",
            LocalDate.of(2022, 6, 1), "IN_FORCE", "INTERPRETATION", List.of("五星支部"),
            (title + "。").repeat(5), false);
    try (var both = Engines.inMemoryWith(List.of(notice, reading))) {
      assertThat(idsFor(both, title)).containsExactly(1L, 2L);
    }
  }

  @Test
  void documentNumberInsideOtherWordsStillComesFirst() {
    assertThat(idsFor(engine, "关于洛组〔2023〕5号的问题")).first().isEqualTo(FIRST_SECRETARIES);
  }

  @Test
  void synonymsExpandTwoCommittees() {
    assertThat(idsFor(engine, "两委换届")).contains(ELECTION);
    assertThat(idsFor(engine, "村两委")).contains(ELECTION);
  }

  @Test
  void synonymsFindTheFirstSecretaryUnderEitherName() {
    assertThat(idsFor(engine, "第一书记")).contains(FIRST_SECRETARIES);
    assertThat(idsFor(engine, "后进村 整顿")).contains(WEAK_VILLAGES);
  }

  @Test
  void phraseInQuotesMatchesOnlyTheExactPhrase() {
    assertThat(idsFor(engine, "\"集体经济发展\"")).containsExactly(OLD_TRAINING_PLAN);
    assertThat(idsFor(engine, "“集体经济”")).contains(COLLECTIVE_ECONOMY, OLD_TRAINING_PLAN);
    assertThat(idsFor(engine, "集体 发展")).contains(COLLECTIVE_ECONOMY, OLD_TRAINING_PLAN);
  }

  @Test
  void everyWordTypedMustBeFound() {
    assertThat(idsFor(engine, "换届 王庄")).isEmpty();
  }

  @Test
  void ofThreeWordsOneMayBeMissingWhenAllThreeFindTooLittle() {
    assertThat(idsFor(engine, "换届 王庄 选举")).containsExactly(ELECTION);
  }

  @Test
  void titleMatchesRankAboveBodyMatches() {
    assertThat(idsFor(engine, "集体经济")).first().isEqualTo(COLLECTIVE_ECONOMY);
  }

  @Test
  void blankTextListsEverythingVisibleNewestFirst() {
    assertThat(idsFor(engine, "  ")).containsExactly(
        WANGZHUANG_QA, COLLECTIVE_ECONOMY, FIRST_SECRETARIES, FIVE_STARS, WEAK_VILLAGES, ELECTION, OLD_TRAINING_PLAN);
    assertThat(engine.search(PolicyQuery.of("")).hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
  }

  @Test
  void sortsByNewestWhenAsked() {
    var result = engine.search(Engines.newest("村党组织", 0, 10));
    assertThat(Engines.ids(result)).containsExactly(COLLECTIVE_ECONOMY, WEAK_VILLAGES, ELECTION, OLD_TRAINING_PLAN);
    assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  @Test
  void pagesThroughResultsWithoutOverlap() {
    var first = engine.search(Engines.newest("", 0, 3));
    var second = engine.search(Engines.newest("", 3, 3));
    var third = engine.search(Engines.newest("", 6, 3));
    assertThat(first.total()).isEqualTo(7);
    assertThat(Engines.ids(first)).containsExactly(WANGZHUANG_QA, COLLECTIVE_ECONOMY, FIRST_SECRETARIES);
    assertThat(Engines.ids(second)).containsExactly(FIVE_STARS, WEAK_VILLAGES, ELECTION);
    assertThat(Engines.ids(third)).containsExactly(OLD_TRAINING_PLAN);
    assertThat(engine.search(Engines.newest("", 50, 3)).hits()).isEmpty();
  }

  @Test
  void countIncludesInternalDocuments() {
    assertThat(engine.count()).isEqualTo(8);
  }
}
