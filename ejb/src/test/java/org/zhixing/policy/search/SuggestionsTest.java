package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.policy.search.SamplePolicies.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private LucenePolicySearchEngine engine;

  @BeforeEach
  void index() {
    engine = Engines.inMemoryWith(SamplePolicies.all());
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void titlesStartingWithThePrefixComeBeforeTitlesContainingIt() {
    assertThat(engine.suggest("关于", false, 10)).extracting(Suggestion::id)
        .containsExactly(COLLECTIVE_ECONOMY, WEAK_VILLAGES, ELECTION);
    assertThat(engine.suggest("第一书记", false, 10)).extracting(Suggestion::id).containsExactly(FIRST_SECRETARIES);
  }

  @Test
  void aSingleCharacterIsEnoughToSuggest() {
    assertThat(engine.suggest("驻", false, 10)).extracting(Suggestion::id).containsExactly(FIRST_SECRETARIES);
  }

  @Test
  void documentNumbersAreSuggestedWhateverTheBrackets() {
    assertThat(engine.suggest("洛组(2023", false, 10)).extracting(Suggestion::id).containsExactly(FIRST_SECRETARIES);
    assertThat(engine.suggest("洛组〔20", false, 10)).extracting(Suggestion::id)
        .containsExactly(FIRST_SECRETARIES, ELECTION, OLD_TRAINING_PLAN);
    assertThat(engine.suggest("洛组", false, 10)).first().extracting(Suggestion::docNumber).isEqualTo("洛组〔2023〕5号");
  }

  @Test
  void suggestionsCarryTitleAndDocumentNumber() {
    assertThat(engine.suggest("驻村", false, 10)).containsExactly(
        new Suggestion(FIRST_SECRETARIES, "驻村第一书记管理办法", "洛组〔2023〕5号"));
    assertThat(engine.suggest("村务", false, 10)).containsExactly(new Suggestion(WANGZHUANG_QA, "村务公开问答", null));
  }

  @Test
  void limitAndBlankPrefixAreRespected() {
    assertThat(engine.suggest("关于", false, 1)).hasSize(1);
    assertThat(engine.suggest("  ", false, 10)).isEmpty();
    assertThat(engine.suggest("》》", false, 10)).isEmpty();
    assertThat(engine.suggest("关于", false, 0)).isEmpty();
  }

  @Test
  void deleteRemovesFromResultsAndSuggestions() {
    engine.delete(FIRST_SECRETARIES);
    engine.refreshNow();

    assertThat(Engines.idsFor(engine, "第一书记")).doesNotContain(FIRST_SECRETARIES);
    assertThat(engine.suggest("驻村", false, 10)).isEmpty();
    assertThat(engine.count()).isEqualTo(7);
  }

  @Test
  void reindexingReplacesTheOldVersionEverywhere() {
    var renamed = new IndexedPolicy(FIRST_SECRETARIES, "洛组〔2023〕5号", "选派干部管理办法", "中共洛阳市委组织部", "CITY",
        java.time.LocalDate.of(2023, 6, 1), "IN_FORCE", "MEASURES", java.util.List.of(), "正文", false);
    engine.index(renamed);
    engine.refreshNow();

    assertThat(engine.suggest("驻村", false, 10)).isEmpty();
    assertThat(engine.suggest("选派", false, 10)).extracting(Suggestion::id).containsExactly(FIRST_SECRETARIES);
    assertThat(engine.count()).isEqualTo(8);
  }
}
