package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Renaming, categorizing, moving and merging units, without a database: what the tree allows and what paths become. */
class OrgUnitRestructuringTest {

  private final OrgUnit city = OrgUnit.city("411600000000", "周口市");
  private final OrgUnit taikang = county("411627000000", "太康县");
  private final OrgUnit dancheng = county("411625000000", "郸城县");
  private final OrgUnit chengguan = township(taikang, "411627101000", "城关回族镇");
  private final OrgUnit daxuzhai = township(taikang, "411627102000", "大许寨镇");
  private final OrgUnit village =
      OrgUnit.under(chengguan, "411627101201", "大王庄村", UnitKind.VILLAGE, new VillageCategories(3, null, true));

  @Test
  void aMovedVillageTakesItsPathAndDepthFromItsNewTownship() {
    SubtreeMove move = village.moveUnder(daxuzhai);

    assertThat(village.path()).isEqualTo("/411600000000/411627000000/411627102000/411627101201/");
    assertThat(village.depth()).isEqualTo(3);
    assertThat(village.parentCode()).isEqualTo("411627102000");
    assertThat(village.code()).as("the division code is the identity and stays").isEqualTo("411627101201");
    assertThat(move.oldPath()).isEqualTo("/411600000000/411627000000/411627101000/411627101201/");
    assertThat(move.newPath()).isEqualTo(village.path());
    assertThat(move.depthChange()).isZero();
  }

  @Test
  void aMovedTownshipRebasesEverythingBelowIt() {
    SubtreeMove move = chengguan.moveUnder(dancheng);

    assertThat(chengguan.path()).isEqualTo("/411600000000/411625000000/411627101000/");
    assertThat(move.rebase("/411600000000/411627000000/411627101000/411627101201/"))
        .isEqualTo("/411600000000/411625000000/411627101000/411627101201/");
    assertThatThrownBy(() -> move.rebase("/411600000000/411627000000/411627102000/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMoveToTheWrongLevelIntoItselfOrToWhereItIsIsRefused() {
    assertThatThrownBy(() -> village.moveUnder(taikang)).isInstanceOf(UnitMoveNotAllowedException.class);
    assertThatThrownBy(() -> village.moveUnder(chengguan)).isInstanceOf(UnitMoveNotAllowedException.class);
    assertThatThrownBy(() -> chengguan.moveUnder(taikang)).isInstanceOf(UnitMoveNotAllowedException.class);
    assertThatThrownBy(() -> taikang.moveUnder(chengguan)).isInstanceOf(UnitMoveNotAllowedException.class);
    assertThat(village.path()).endsWith("/411627101000/411627101201/");
  }

  @Test
  void aTownshipMergedIntoAnotherOfItsCountyIsRetiredAndTakesNoMoreVillages() {
    chengguan.retireInto(daxuzhai, Instant.parse("2026-11-25T08:00:00Z"));

    assertThat(chengguan.isRetired()).isTrue();
    assertThat(chengguan.path()).as("kept where it was, for history").isEqualTo("/411600000000/411627000000/411627101000/");
    assertThat(village.moveUnder(daxuzhai).newPath()).startsWith(daxuzhai.path());
    assertThatThrownBy(() -> village.moveUnder(chengguan)).isInstanceOf(UnitMoveNotAllowedException.class);
    assertThatThrownBy(() -> chengguan.retireInto(daxuzhai, Instant.now()))
        .isInstanceOf(UnitMergeNotAllowedException.class);
  }

  @Test
  void onlyTwoActiveTownshipsOfOneCountyMerge() {
    OrgUnit danchengTown = township(dancheng, "411625101000", "汲冢镇");

    assertThatThrownBy(() -> chengguan.retireInto(danchengTown, Instant.now()))
        .isInstanceOf(UnitMergeNotAllowedException.class);
    assertThatThrownBy(() -> chengguan.retireInto(chengguan, Instant.now()))
        .isInstanceOf(UnitMergeNotAllowedException.class);
    assertThatThrownBy(() -> village.retireInto(daxuzhai, Instant.now()))
        .isInstanceOf(UnitMergeNotAllowedException.class);
    assertThatThrownBy(() -> taikang.retireInto(dancheng, Instant.now()))
        .isInstanceOf(UnitMergeNotAllowedException.class);
    assertThat(chengguan.isRetired()).isFalse();
  }

  @Test
  void villagesGetStarTargetsAndWeakYearsAndKeepTheirPovertyHistory() {
    village.rename("  大王庄新村 ");
    village.categorize(5, 2026);

    assertThat(village.name()).isEqualTo("大王庄新村");
    assertThat(village.categories().starTarget()).isEqualTo(5);
    assertThat(village.categories().weakYear()).isEqualTo(2026);
    assertThat(village.categories().povertyAlleviated()).isTrue();
    assertThatThrownBy(() -> village.categorize(6, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chengguan.categorize(3, null)).isInstanceOf(NotAVillageException.class);
    assertThatThrownBy(() -> village.rename(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  private OrgUnit county(String code, String name) {
    return OrgUnit.under(city, code, name, UnitKind.COUNTY, VillageCategories.none());
  }

  private static OrgUnit township(OrgUnit county, String code, String name) {
    return OrgUnit.under(county, code, name, UnitKind.TOWNSHIP, VillageCategories.none());
  }
}
