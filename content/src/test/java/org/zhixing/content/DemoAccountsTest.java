package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhixing.content.LoadedPack.PACK;
import static org.zhixing.content.LoadedPack.UNITS_BY_CODE;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

  @Test
  void packHasTheSixDemoAccounts() {
    assertThat(PACK.demoAccounts())
        .extracting(DemoAccount::username, DemoAccount::role, DemoAccount::unitCode)
        .containsExactly(
            tuple("city-admin", "ORG_ADMIN", "411600000000"),
            tuple("taikang-admin", "ORG_ADMIN", "411627000000"),
            tuple("dancheng-admin", "ORG_ADMIN", "411625000000"),
            tuple("trainer", "TRAINER", "411627000000"),
            tuple("learner", "LEARNER", "411627101201"),
            tuple("sys-admin", "SYS_ADMIN", "411600000000"));
    assertThat(PACK.demoAccounts()).extracting(DemoAccount::displayName)
        .startsWith("市委组织部管理员", "太康县委组织部管理员", "郸城县委组织部管理员");
  }

  @Test
  void learnerIsPartySecretaryOfAVillageInTaikang() {
    PersonSeed learner = personWithUsername("learner");
    assertThat(learner.unitCode()).isEqualTo("411627101201");
    assertThat(learner.positions()).contains("PARTY_SECRETARY");
    assertThat(UNITS_BY_CODE.get(learner.unitCode()).kind()).isEqualTo("VILLAGE");
    assertThat(account("learner").displayName()).isEqualTo(learner.name());
  }

  @Test
  void trainerIsACountyCadreOfTaikang() {
    PersonSeed trainer = personWithUsername("trainer");
    assertThat(trainer)
        .returns("411627000000", PersonSeed::unitCode)
        .returns(List.of("COUNTY_CADRE"), PersonSeed::positions)
        .returns(null, PersonSeed::dispatchingUnit);
    assertThat(account("trainer").displayName()).isEqualTo(trainer.name());
  }

  @Test
  void onlyTheLearnerAndTheTrainerAreAlsoPeople() {
    assertThat(PACK.people()).filteredOn(person -> person.username() != null)
        .extracting(PersonSeed::username).containsExactlyInAnyOrder("learner", "trainer");
  }

  private static PersonSeed personWithUsername(String username) {
    return PACK.people().stream().filter(person -> username.equals(person.username()))
        .reduce((a, b) -> { throw new AssertionError("two people with username " + username); })
        .orElseThrow(() -> new AssertionError("no person with username " + username));
  }

  private static DemoAccount account(String username) {
    return PACK.demoAccounts().stream().filter(account -> account.username().equals(username))
        .findFirst().orElseThrow();
  }
}
