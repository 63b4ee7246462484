package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhixing.content.LoadedPack.PACK;
import static org.zhixing.content.LoadedPack.UNITS_BY_CODE;
import static org.zhixing.content.LoadedPack.countyOf;
import static org.zhixing.content.LoadedPack.grassroots;
import static org.zhixing.content.LoadedPack.unitsOfKind;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

  private static final Map<String, String> PARENT_KIND = Map.of(
      "COUNTY", "CITY", "TOWNSHIP", "COUNTY", "VILLAGE", "TOWNSHIP", "COMMUNITY", "TOWNSHIP");

  @Test
  void packHasTheRealCountyLevelUnitsOfZhoukou() {
    assertThat(PACK.units().getFirst())
        .isEqualTo(new UnitSeed("411600000000", "周口市", "CITY", null, null, null, false));
    assertThat(unitsOfKind("COUNTY"))
        .allSatisfy(county -> assertThat(county.parentCode()).isEqualTo("411600000000"))
        .extracting(UnitSeed::code, UnitSeed::name)
        .containsExactly(
            tuple("411602000000", "川汇区"), tuple("411603000000", "淮阳区"),
            tuple("411621000000", "扶沟县"), tuple("411622000000", "西华县"),
            tuple("411623000000", "商水县"), tuple("411624000000", "沈丘县"),
            tuple("411625000000", "郸城县"), tuple("411627000000", "太康县"),
            tuple("411628000000", "鹿邑县"), tuple("411671000000", "周口市城乡一体化示范区"),
            tuple("411681000000", "项城市"));
  }

  @Test
  void packHasExactly4840VillagesOf226AreWeakAndLax() {
    assertThat(grassroots()).hasSize(4840);
    List<UnitSeed> weak = PACK.units().stream().filter(unit -> unit.weakYear() != null).toList();
    assertThat(weak).hasSize(226).allSatisfy(unit -> assertThat(unit.weakYear()).isEqualTo(2026));
    assertThat(weak.stream().map(LoadedPack::countyOf).distinct()).hasSize(11);
  }

  @Test
  void everyUnitsParentComesBeforeIt() {
    Set<String> seen = new HashSet<>();
    for (UnitSeed unit : PACK.units()) {
      if (unit.parentCode() != null) {
        assertThat(seen).as("parent of %s", unit.code()).contains(unit.parentCode());
        assertThat(UNITS_BY_CODE.get(unit.parentCode()).kind()).isEqualTo(PARENT_KIND.get(unit.kind()));
      }
      seen.add(unit.code());
    }
    assertThat(PACK.units()).filteredOn(unit -> unit.parentCode() == null).hasSize(1);
  }

  @Test
  void codesAreTwelveDigitsAndUnique() {
    assertThat(PACK.units()).extracting(UnitSeed::code)
        .allMatch(code -> code.matches("\\d{12}"))
        .doesNotHaveDuplicates();
    assertThat(unitsOfKind("TOWNSHIP")).allSatisfy(township ->
        assertThat(township.code()).startsWith(township.parentCode().substring(0, 6)).endsWith("000"));
    assertThat(unitsOfKind("COMMUNITY")).allSatisfy(community ->
        assertThat(community.code()).startsWith(community.parentCode().substring(0, 9))
            .satisfies(code -> assertThat(Integer.parseInt(code.substring(9))).isBetween(1, 199)));
    assertThat(unitsOfKind("VILLAGE")).allSatisfy(village ->
        assertThat(village.code()).startsWith(village.parentCode().substring(0, 9))
            .satisfies(code -> assertThat(Integer.parseInt(code.substring(9))).isGreaterThanOrEqualTo(201)));
  }

  @Test
  void townshipsNumberAbout190AndKeepTheirSeedNames() {
    List<UnitSeed> townships = unitsOfKind("TOWNSHIP");
    assertThat(townships).hasSizeBetween(170, 200);
    assertThat(townships).filteredOn(township -> township.parentCode().equals("411627000000"))
        .first().isEqualTo(new UnitSeed("411627101000", "大许寨镇", "TOWNSHIP", "411627000000", null, null, false));
    assertThat(townships).filteredOn(township -> township.parentCode().equals("411625000000"))
        .extracting(UnitSeed::name).contains("秣陵镇");
    assertThat(townships).filteredOn(township -> township.parentCode().equals("411671000000"))
        .extracting(UnitSeed::name).contains("华耀城街道");
    assertThat(townships).extracting(UnitSeed::name)
        .allMatch(name -> name.endsWith("街道") || name.endsWith("镇") || name.endsWith("乡"))
        .noneMatch(name -> name.contains("周口"));
  }

  @Test
  void namesAreUniqueAmongSiblingsAndEndInTheirKind() {
    Map<String, List<String>> namesByParent = PACK.units().stream()
        .filter(unit -> unit.parentCode() != null)
        .collect(Collectors.groupingBy(UnitSeed::parentCode,
            Collectors.mapping(UnitSeed::name, Collectors.toList())));
    namesByParent.forEach((parent, names) -> assertThat(names).as("under %s", parent).doesNotHaveDuplicates());
    assertThat(unitsOfKind("VILLAGE")).extracting(UnitSeed::name).allMatch(name -> name.endsWith("村"));
    assertThat(unitsOfKind("COMMUNITY")).extracting(UnitSeed::name).allMatch(name -> name.endsWith("社区"));
  }

  @Test
  void streetsHoldMostlyCommunitiesAndTownsMostlyVillages() {
    Map<Boolean, Long> communitiesByStreet = unitsOfKind("COMMUNITY").stream()
        .collect(Collectors.partitioningBy(unit -> UNITS_BY_CODE.get(unit.parentCode()).name().endsWith("街道"),
            Collectors.counting()));
    assertThat(communitiesByStreet.get(true)).isGreaterThan(communitiesByStreet.get(false));
    assertThat(unitsOfKind("VILLAGE")).hasSizeGreaterThan(4 * unitsOfKind("COMMUNITY").size());
  }

  @Test
  void demoLearnersVillageLiesInDaxuzhaiOfTaikang() {
    assertThat(UNITS_BY_CODE.get("411627101201"))
        .returns("VILLAGE", UnitSeed::kind)
        .returns("411627101000", UnitSeed::parentCode)
        .satisfies(village -> assertThat(countyOf(village)).isEqualTo("411627000000"));
  }

  @Test
  void starTargetsAndPovertyAlleviationHavePlausibleShares() {
    List<UnitSeed> grassroots = grassroots();
    assertThat(grassroots).allSatisfy(unit -> assertThat(unit.starTarget()).isBetween(2, 5));
    assertThat(grassroots).filteredOn(UnitSeed::isWeakAndLax)
        .allSatisfy(unit -> assertThat(unit.starTarget()).isBetween(2, 3));
    long threeOrFour = grassroots.stream().filter(unit -> unit.starTarget() == 3 || unit.starTarget() == 4).count();
    long five = grassroots.stream().filter(unit -> unit.starTarget() == 5).count();
    assertThat(threeOrFour).isGreaterThan(grassroots.size() * 7L / 10);
    assertThat(five).isBetween(grassroots.size() / 20L, grassroots.size() / 5L);
    long povertyAlleviated = grassroots.stream().filter(UnitSeed::povertyAlleviated).count();
    assertThat(povertyAlleviated).isBetween(grassroots.size() * 12L / 100, grassroots.size() * 18L / 100);
    assertThat(unitsOfKind("COMMUNITY")).noneMatch(UnitSeed::povertyAlleviated);
    assertThat(unitsOfKind("CITY", "COUNTY", "TOWNSHIP"))
        .allMatch(unit -> unit.starTarget() == null && unit.weakYear() == null && !unit.povertyAlleviated());
  }
}
