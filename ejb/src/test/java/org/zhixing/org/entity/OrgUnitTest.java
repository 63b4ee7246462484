package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgUnitTest {

  private final OrgUnit city = OrgUnit.city("411600000000", "周口市");
  private final OrgUnit county = OrgUnit.under(city, "411627000000", "太康县", UnitKind.COUNTY, VillageCategories.none());
  private final OrgUnit township =
      OrgUnit.under(county, "411627101000", "城关回族镇", UnitKind.TOWNSHIP, VillageCategories.none());
  private final OrgUnit village =
      OrgUnit.under(township, "411627101201", "大王庄村", UnitKind.VILLAGE, new VillageCategories(3, 2023, true));

  @Test
  void cityIsTheRootAtDepthZero() {
    assertThat(city.path()).isEqualTo("/411600000000/");
    assertThat(city.depth()).isZero();
    assertThat(city.parent()).isNull();
    assertThat(city.parentCode()).isNull();
  }

  @Test
  void unitUnderParentExtendsItsPathAndDepth() {
    assertThat(village.path()).isEqualTo("/411600000000/411627000000/411627101000/411627101201/");
    assertThat(village.depth()).isEqualTo(3);
    assertThat(village.parent()).isSameAs(township);
    assertThat(OrgUnit.pathUnder(township, "411627101202")).isEqualTo(township.path() + "411627101202/");
  }

  @Test
  void pathCodesListTheChainFromTheRoot() {
    assertThat(village.pathCodes()).containsExactly("411600000000", "411627000000", "411627101000", "411627101201");
    assertThat(city.pathCodes()).containsExactly("411600000000");
  }

  @Test
  void parentCodeIsReadFromThePath() {
    assertThat(village.parentCode()).isEqualTo("411627101000");
    assertThat(county.parentCode()).isEqualTo("411600000000");
  }

  @Test
  void unitContainsItselfAndEverythingBelow() {
    assertThat(county.contains(county)).isTrue();
    assertThat(county.contains(village)).isTrue();
    assertThat(city.contains(township)).isTrue();
  }

  @Test
  void unitDoesNotContainItsAncestorsOrSiblings() {
    OrgUnit otherTownship =
        OrgUnit.under(county, "411627102000", "朱口镇", UnitKind.TOWNSHIP, VillageCategories.none());
    assertThat(village.contains(county)).isFalse();
    assertThat(township.contains(otherTownship)).isFalse();
    assertThat(otherTownship.contains(village)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"41160000000", "4116000000000", "41160000000a", " 411600000000"})
  void cityRejectsCodesThatAreNotTwelveDigits(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> OrgUnit.city(code, "周口市")).withMessageContaining("12 digits");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void cityRejectsMissingNames(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> OrgUnit.city("411600000000", name));
  }

  @Test
  void nameIsStripped() {
    assertThat(OrgUnit.city("411600000000", "  周口市 ").name()).isEqualTo("周口市");
  }

  @Test
  void underRejectsKindsThatDoNotFitBelowTheParent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrgUnit.under(city, "411627101201", "大王庄村", UnitKind.VILLAGE, VillageCategories.none()))
        .withMessageContaining("VILLAGE cannot be placed under CITY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrgUnit.under(county, "411699000000", "某市", UnitKind.CITY, VillageCategories.none()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrgUnit.under(village, "411627101299", "某社区", UnitKind.COMMUNITY, VillageCategories.none()));
  }

  @Test
  void underRequiresAParent() {
    assertThatNullPointerException()
        .isThrownBy(() -> OrgUnit.under(null, "411627000000", "太康县", UnitKind.COUNTY, VillageCategories.none()));
  }

  @Test
  void villageKeepsItsCategories() {
    assertThat(village.categories().starTarget()).isEqualTo(3);
    assertThat(village.categories().weakYear()).isEqualTo(2023);
    assertThat(village.categories().povertyAlleviated()).isTrue();
  }

  @Test
  void communityKeepsItsCategories() {
    OrgUnit community =
        OrgUnit.under(township, "411627101001", "城北社区", UnitKind.COMMUNITY, new VillageCategories(5, null, false));
    assertThat(community.categories().starTarget()).isEqualTo(5);
  }

  @Test
  void unitsAboveTheVillageDropCategories() {
    OrgUnit otherTownship =
        OrgUnit.under(county, "411627102000", "朱口镇", UnitKind.TOWNSHIP, new VillageCategories(4, 2022, true));
    assertThat(otherTownship.categories().starTarget()).isNull();
    assertThat(otherTownship.categories().isWeakAndLax()).isFalse();
    assertThat(otherTownship.categories().povertyAlleviated()).isFalse();
  }

  @Test
  void unitsAreEqualByCode() {
    OrgUnit sameCode = OrgUnit.city("411600000000", "另一个名字");
    assertThat(sameCode).isEqualTo(city).hasSameHashCodeAs(city);
    assertThat(county).isNotEqualTo(city);
  }
}
