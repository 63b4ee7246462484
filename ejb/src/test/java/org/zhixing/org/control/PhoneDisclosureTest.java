package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Person;
import org.zhixing.org.entity.Position;
import org.zhixing.org.entity.UnitKind;
import org.zhixing.org.entity.VillageCategories;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

class PhoneDisclosureTest {

  private final OrgUnit city = OrgUnit.city("411600000000", "周口市");
  private final OrgUnit taikang = OrgUnit.under(city, "411627000000", "太康县", UnitKind.COUNTY, VillageCategories.none());
  private final OrgUnit dancheng = OrgUnit.under(city, "411625000000", "郸城县", UnitKind.COUNTY, VillageCategories.none());
  private final Person cadre =
      new Person("彭松宇", Person.Gender.M, "13812345678", taikang, Set.of(Position.COUNTY_CADRE));

  @Test
  void theAdminsOfThePersonsSubtreeReadTheWholeNumber() {
    assertThat(phoneFor(Role.ORG_ADMIN, taikang)).isEqualTo("13812345678");
    assertThat(phoneFor(Role.ORG_ADMIN, city)).isEqualTo("13812345678");
    assertThat(phoneFor(Role.SYS_ADMIN, city)).isEqualTo("13812345678");
  }

  @Test
  void trainersAndAdminsOfOtherSubtreesReadItMasked() {
    assertThat(phoneFor(Role.TRAINER, taikang)).isEqualTo("138****5678");
    assertThat(phoneFor(Role.ORG_ADMIN, dancheng)).isEqualTo("138****5678");
    assertThat(phoneFor(Role.LEARNER, taikang)).isEqualTo("138****5678");
  }

  private String phoneFor(Role role, OrgUnit scope) {
    Caller caller = new Caller("someone", "某人", Set.of(role), Optional.of(scope.code()));
    return new PhoneDisclosure(caller, scope).phoneOf(cadre);
  }
}
