package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.content.LoadedPack.PACK;
import static org.zhixing.content.LoadedPack.UNITS_BY_CODE;
import static org.zhixing.content.LoadedPack.countyOf;
import static org.zhixing.content.LoadedPack.grassroots;
import static org.zhixing.content.LoadedPack.holding;
import static org.zhixing.content.LoadedPack.unitsOfKind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeopleTest {

  private static final Set<String> SENT = Set.of("FIRST_SECRETARY", "RESIDENT_CADRE");

  @Test
  void peopleNumberAbout30000() {
    assertThat(PACK.people()).hasSizeBetween(29_000, 31_000);
  }

  @Test
  void phonesAreUniqueMobileNumbers() {
    assertThat(PACK.people()).extracting(PersonSeed::phone)
        .allMatch(phone -> phone.matches("1[3589]\\d{9}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPersonBelongsToAUnitOfThePackAndHasAChineseName() {
    assertThat(PACK.people()).allSatisfy(person -> {
      assertThat(UNITS_BY_CODE).containsKey(person.unitCode());
      assertThat(person.name()).matches("\\p{IsHan}{2,4}");
      assertThat(person.gender()).isIn("M", "F");
    });
  }

  @Test
  void everyVillageHasOneSecretaryOneDirectorAndFourToSixCommitteeMembers() {
    Map<String, List<PersonSeed>> byUnit = PACK.people().stream()
        .collect(Collectors.groupingBy(PersonSeed::unitCode));
    for (UnitSeed unit : grassroots()) {
      List<PersonSeed> people = byUnit.get(unit.code());
      assertThat(people).as(unit.code()).filteredOn(person -> person.positions().contains("PARTY_SECRETARY")).hasSize(1);
      assertThat(people).as(unit.code()).filteredOn(person -> person.positions().contains("VILLAGE_DIRECTOR")).hasSize(1);
      assertThat(people).as(unit.code()).filteredOn(person -> person.positions().contains("COMMITTEE_MEMBER"))
          .hasSizeBetween(4, 6)
          .anyMatch(person -> person.gender().equals("F"));
    }
  }

  @Test
  void aboutSixInTenSecretariesAreAlsoVillageDirectors() {
    List<PersonSeed> secretaries = holding("PARTY_SECRETARY");
    long combined = secretaries.stream().filter(person -> person.positions().contains("VILLAGE_DIRECTOR")).count();
    assertThat((double) combined / secretaries.size()).isBetween(0.55, 0.65);
  }

  @Test
  void committeeMembersAreAboutAQuarterWomen() {
    List<PersonSeed> members = holding("COMMITTEE_MEMBER");
    double women = (double) members.stream().filter(person -> person.gender().equals("F")).count() / members.size();
    assertThat(women).isBetween(0.25, 0.30);
  }

  @Test
  void weakVillagesHaveAFirstSecretary() {
    Set<String> withFirstSecretary = holding("FIRST_SECRETARY").stream()
        .map(PersonSeed::unitCode).collect(Collectors.toSet());
    assertThat(grassroots()).filteredOn(UnitSeed::isWeakAndLax)
        .allSatisfy(unit -> assertThat(withFirstSecretary).contains(unit.code()));
    long povertyAlleviated = grassroots().stream().filter(UnitSeed::povertyAlleviated).count();
    long povertyWithOne = grassroots().stream()
        .filter(unit -> unit.povertyAlleviated() && withFirstSecretary.contains(unit.code())).count();
    assertThat((double) povertyWithOne / povertyAlleviated).isBetween(0.4, 0.6);
  }

  @Test
  void onlySentCadresHaveADispatchingUnitAndWorkTeamsShareIt() {
    assertThat(PACK.people()).allSatisfy(person -> assertThat(person.dispatchingUnit() != null)
        .as(person.name()).isEqualTo(person.positions().stream().anyMatch(SENT::contains)));
    assertThat(holding("FIRST_SECRETARY")).allSatisfy(person -> assertThat(person.dispatchingUnit())
        .satisfiesAnyOf(
            unit -> assertThat(unit).contains("周口"),
            unit -> assertThat(unit).startsWith(UNITS_BY_CODE.get(countyOf(person.unitCode())).name())));
    Map<String, Set<String>> dispatchersByVillage = PACK.people().stream()
        .filter(person -> person.dispatchingUnit() != null)
        .collect(Collectors.groupingBy(PersonSeed::unitCode,
            Collectors.mapping(PersonSeed::dispatchingUnit, Collectors.toSet())));
    assertThat(dispatchersByVillage.values()).allSatisfy(units -> assertThat(units).hasSize(1));
    assertThat(holding("RESIDENT_CADRE")).isNotEmpty();
  }

  @Test
  void everyTownshipHasTwoToFourCadres() {
    Map<String, Long> cadres = holding("TOWNSHIP_CADRE").stream()
        .collect(Collectors.groupingBy(PersonSeed::unitCode, Collectors.counting()));
    assertThat(unitsOfKind("TOWNSHIP"))
        .allSatisfy(township -> assertThat(cadres.get(township.code())).as(township.name()).isBetween(2L, 4L));
    assertThat(cadres).hasSize(unitsOfKind("TOWNSHIP").size());
  }

  @Test
  void everyTownshipHasOneOrganizingMemberAmongItsCadres() {
    List<PersonSeed> organizers = holding("ORGANIZING_MEMBER");
    assertThat(organizers).allSatisfy(person -> assertThat(person.positions()).contains("TOWNSHIP_CADRE"));
    assertThat(organizers.stream().collect(Collectors.groupingBy(PersonSeed::unitCode, Collectors.counting())))
        .hasSize(unitsOfKind("TOWNSHIP").size())
        .allSatisfy((township, count) -> assertThat(count).isOne());
  }
}
