package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhixing.policy.search.SamplePolicies.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacetsAndFiltersTest {

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
  void facetsCountEveryDimensionOverTheResults() {
    var facets = engine.search(PolicyQuery.of("")).facets();

    assertThat(facets).containsOnlyKeys("level", "authority", "type", "year", "tag", "status");
    assertThat(facets.get("level")).extracting(FacetCount::value, FacetCount::count)
        .containsExactlyInAnyOrder(
            tuple("PROVINCE", 1L), tuple("CITY", 4L), tuple("COUNTY", 1L), tuple("TOWNSHIP", 1L));
    assertThat(facets.get("year")).extracting(FacetCount::value)
        .containsExactly("2024", "2023", "2022", "2021", "2019");
    assertThat(facets.get("status")).extracting(FacetCount::value, FacetCount::count)
        .containsExactlyInAnyOrder(tuple("IN_FORCE", 5L), tuple("SUPERSEDED", 2L));
    assertThat(facets.get("tag")).extracting(FacetCount::value, FacetCount::count)
        .contains(tuple("基层党建", 2L), tuple("整顿", 1L));
  }

  @Test
  void filtersAndFacetsAgree() {
    var all = engine.search(PolicyQuery.of(""));
    for (FacetCount level : all.facets().get("level")) {
      var filtered = engine.search(Engines.filtered("", Set.of(level.value()), null, null));
      assertThat(filtered.total()).as(level.value()).isEqualTo(level.count());
      assertThat(sum(filtered.facets().get("type"))).as(level.value()).isEqualTo(level.count());
    }
    for (FacetCount tag : all.facets().get("tag")) {
      assertThat(engine.search(Engines.filtered("", null, null, Set.of(tag.value()))).total())
          .as(tag.value()).isEqualTo(tag.count());
    }
  }

  @Test
  void aFacetsOwnFilterDoesNotHideItsOtherValues() {
    var cityOnly = engine.search(Engines.filtered("", Set.of("CITY"), null, null));

    assertThat(cityOnly.total()).isEqualTo(4);
    assertThat(cityOnly.facets().get("level")).extracting(FacetCount::value).contains("PROVINCE", "COUNTY");
    assertThat(cityOnly.facets().get("year")).extracting(FacetCount::value, FacetCount::count)
        .containsExactly(tuple("2024", 1L), tuple("2023", 1L), tuple("2021", 1L), tuple("2019", 1L));
  }

  @Test
  void filtersCombineWithinAndAcrossFacets() {
    var query = Engines.filtered("", Set.of("CITY", "COUNTY"), Set.of(2023), null);
    assertThat(Engines.ids(engine.search(query))).containsExactlyInAnyOrder(FIRST_SECRETARIES, FIVE_STARS);

    var byTextToo = Engines.filtered("整顿", Set.of("PROVINCE"), null, null);
    assertThat(Engines.ids(engine.search(byTextToo))).containsExactly(WEAK_VILLAGES);
  }

  @Test
  void filterValuesThatNoDocumentHasFindNothing() {
    var query = Engines.filtered("", Set.of("NATION"), null, null);
    var result = engine.search(query);
    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
  }

  @Test
  void internalDocumentsNeverShowWithoutPermission() {
    var publicResult = engine.search(PolicyQuery.of("软弱涣散"));
    assertThat(Engines.ids(publicResult)).doesNotContain(INTERNAL_REVIEW);
    assertThat(publicResult.facets().get("tag")).extracting(FacetCount::value).doesNotContain("内部");
    assertThat(engine.suggest("软弱涣散", false, 10)).extracting(Suggestion::id).doesNotContain(INTERNAL_REVIEW);

    var staffResult = engine.search(Engines.staffQuery("软弱涣散"));
    assertThat(Engines.ids(staffResult)).contains(INTERNAL_REVIEW);
    assertThat(staffResult.facets().get("tag")).extracting(FacetCount::value).contains("内部");
    assertThat(engine.suggest("软弱涣散", true, 10)).extracting(Suggestion::id).contains(INTERNAL_REVIEW);
  }

  @Test
  void emptyIndexHasEmptyFacets() {
    try (var empty = LucenePolicySearchEngine.inMemory(AnalysisMode.BOTH)) {
      var result = empty.search(PolicyQuery.of("通知"));
      assertThat(result.total()).isZero();
      assertThat(result.facets()).containsOnlyKeys("level", "authority", "type", "year", "tag", "status");
      assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }
  }

  private static long sum(List<FacetCount> counts) {
    return counts.stream().mapToLong(FacetCount::count).sum();
  }
}
