package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

  private final Synonyms synonyms = Synonyms.parse("""
      # comment
      两委, 村两委, 村"两委"
      第一书记, 选派书记
      民主生活会 => 组织生活会

      """);

  @Test
  void knownWordsComeWithTheirEquivalents() {
    assertThat(synonyms.parts("第一书记考核")).containsExactly(
        new Synonyms.Part("第一书记", List.of("第一书记", "选派书记")),
        new Synonyms.Part("考核", List.of("考核")));
  }

  @Test
  void theLongestKnownWordWins() {
    assertThat(synonyms.parts("村两委")).containsExactly(new Synonyms.Part("村两委", List.of("村两委", "两委")));
  }

  @Test
  void aLongerFormThatContainsTheWordIsNoAlternativeToIt() {
    assertThat(synonyms.parts("两委")).containsExactly(new Synonyms.Part("两委", List.of("两委")));
  }

  @Test
  void quotationMarksAndWidthAreIgnoredInRulesAndText() {
    assertThat(synonyms.parts("村“两委”")).containsExactly(new Synonyms.Part("村两委", List.of("村两委", "两委")));
  }

  @Test
  void explicitMappingsWorkOneWayOnly() {
    assertThat(synonyms.parts("民主生活会")).singleElement()
        .extracting(Synonyms.Part::alternatives).isEqualTo(List.of("民主生活会", "组织生活会"));
    assertThat(synonyms.parts("组织生活会")).singleElement()
        .extracting(Synonyms.Part::hasAlternatives).isEqualTo(false);
  }

  @Test
  void textWithoutKnownWordsIsOnePlainPart() {
    assertThat(synonyms.parts("集体经济")).containsExactly(new Synonyms.Part("集体经济", List.of("集体经济")));
  }

  @Test
  void theShippedFileHasTheDomainsVocabulary() {
    var shipped = Synonyms.fromClasspath();
    assertThat(shipped.size()).isGreaterThan(60);
    assertThat(shipped.parts("村两委").getFirst().alternatives()).contains("两委");
    assertThat(shipped.parts("软弱涣散").getFirst().alternatives()).contains("后进村");
    assertThat(shipped.parts("五星").getFirst().alternatives()).contains("星级支部");
    assertThat(shipped.parts("村官").getFirst().alternatives()).contains("村干部");
  }
}
