package org.zhixing.org.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhixing.org.entity.Person.Gender;

class PersonTest {

  private final OrgUnit city = OrgUnit.city("411600000000", "周口市");

  private Person person(String name, String phone, Set<Position> positions) {
    return new Person(name, Gender.M, phone, city, positions);
  }

  @Test
  void maskedPhoneShowsFirstThreeAndLastFourDigits() {
    assertThat(person("王建国", "13812341234", Set.of(Position.PARTY_SECRETARY)).maskedPhone()).isEqualTo("138****1234");
    assertThat(Person.maskPhone("19900005678")).isEqualTo("199****5678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13800001111", "19912345678", "15000000000"})
  void mainlandMobileNumbersAreAccepted(String phone) {
    assertThat(person("王建国", phone, Set.of(Position.PARTY_SECRETARY)).maskedPhone()).startsWith(phone.substring(0, 3));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"12812341234", "1381234123", "138123412345", "+8613812341234", "1381234123a", "03812341234"})
  void personRejectsWhatIsNotAMainlandMobileNumber(String phone) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> person("王建国", phone, Set.of(Position.PARTY_SECRETARY)))
        .withMessageContaining("mobile");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void personRejectsMissingNames(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> person(name, "13812341234", Set.of(Position.PARTY_SECRETARY)));
  }

  @Test
  void personRequiresAtLeastOnePosition() {
    assertThatIllegalArgumentException().isThrownBy(() -> person("王建国", "13812341234", Set.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> person("王建国", "13812341234", null));
  }

  @Test
  void personRequiresGenderAndUnit() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Person("王建国", null, "13812341234", city, Set.of(Position.PARTY_SECRETARY)));
    assertThatNullPointerException()
        .isThrownBy(() -> new Person("王建国", Gender.F, "13812341234", null, Set.of(Position.PARTY_SECRETARY)));
  }

  @Test
  void nameIsStrippedAndUnitKept() {
    Person person = person(" 王建国 ", "13812341234", Set.of(Position.PARTY_SECRETARY));
    assertThat(person.name()).isEqualTo("王建国");
    assertThat(person.unit()).isSameAs(city);
    assertThat(person.gender()).isEqualTo(Gender.M);
  }

  @Test
  void positionsAreCopiedAndCannotBeChangedFromOutside() {
    Set<Position> posts = EnumSet.of(Position.PARTY_SECRETARY, Position.VILLAGE_DIRECTOR);
    Person person = person("王建国", "13812341234", posts);
    posts.add(Position.FIRST_SECRETARY);

    assertThat(person.positions()).containsExactlyInAnyOrder(Position.PARTY_SECRETARY, Position.VILLAGE_DIRECTOR);
    assertThatThrownBy(() -> person.positions().add(Position.COUNTY_CADRE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
