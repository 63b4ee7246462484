package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhixing.org.control.ImportPlan.Change;
import org.zhixing.org.control.ImportPlan.Known;
import org.zhixing.org.control.PlaceDirectory.Unit;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;
import org.zhixing.org.entity.UnitKind;

class ImportPlanTest {

  private static final Unit GENGZHUANG = new Unit("411627101201", "耿庄村", UnitKind.VILLAGE, "411627101000");
  private static final Unit WANGZHUANG = new Unit("411627101202", "王庄村", UnitKind.VILLAGE, "411627101000");
  private static final String ID = "11010519491231002X";
  private static final UnaryOperator<String> DIGEST = id -> "digest:" + id;

  @Test
  void sortsEveryRowIntoWhatItWouldChange() {
    var known = List.of(
        known(1, "彭松宇", "13800000001", null, GENGZHUANG, false, true),
        known(2, "李娟", "13800000002", null, GENGZHUANG, false, true),
        known(3, "王强", "13800000003", null, GENGZHUANG, false, true),
        known(4, "赵刚", "13800000004", null, GENGZHUANG, true, true),
        known(5, "孙丽", "13800000005", null, GENGZHUANG, false, true));
    var rows = List.of(
        row(2, "彭松宇", "13800000001", null, GENGZHUANG),
        row(3, "李娟", "13800000002", null, WANGZHUANG),
        row(4, "王强强", "13800000003", null, GENGZHUANG),
        row(5, "赵刚", "13800000004", null, GENGZHUANG),
        row(6, "新人", "13800000009", null, GENGZHUANG));

    var plan = new ImportPlan(rows, known, DIGEST);

    assertThat(plan.steps()).extracting(step -> step.row().person().name(), ImportPlan.Step::change)
        .containsExactly(
            tuple("彭松宇", Change.UNCHANGED),
            tuple("李娟", Change.MOVED),
            tuple("王强强", Change.UPDATED),
            tuple("赵刚", Change.REACTIVATED),
            tuple("新人", Change.NEW));
    assertThat(plan.leftOut()).extracting(Known::name).containsExactly("孙丽");
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void theIdNumberWinsOverANewPhone() {
    var known = List.of(known(1, "李娟", "13800000001", "digest:" + ID, GENGZHUANG, false, true));

    var plan = new ImportPlan(List.of(row(2, "李娟", "13900000000", ID, GENGZHUANG)), known, DIGEST);

    assertThat(plan.steps()).extracting(ImportPlan.Step::change).containsExactly(Change.UPDATED);
    assertThat(plan.steps().getFirst().known()).map(Known::id).contains(1L);
  }

  @Test
  void refusesRowsThatNameSomeoneOutsideTheScopeOrTwoPeople() {
    var known = List.of(
        known(1, "李娟", "13800000001", "digest:" + ID, GENGZHUANG, false, true),
        known(2, "王强", "13800000002", null, GENGZHUANG, false, true),
        known(3, "郸城的人", "13800000003", null, WANGZHUANG, false, false));

    var plan = new ImportPlan(List.of(
        row(2, "李娟", "13800000002", ID, GENGZHUANG),
        row(3, "郸城的人", "13800000003", null, GENGZHUANG)), known, DIGEST);

    assertThat(plan.steps()).isEmpty();
    assertThat(plan.problems()).extracting(RowProblem::row, RowProblem::code)
        .containsExactly(tuple(2, "phone-of-another-person"), tuple(3, "person-outside-scope"));
    assertThat(plan.leftOut()).extracting(Known::name).containsExactlyInAnyOrder("李娟", "王强");
  }

  @Test
  void reimportingTheSameSheetChangesNothing() {
    var known = List.of(known(1, "彭松宇", "13800000001", "digest:" + ID, GENGZHUANG, false, true));

    var plan = new ImportPlan(List.of(row(2, "彭松宇", "13800000001", ID, GENGZHUANG)), known, DIGEST);

    assertThat(plan.count(Change.UNCHANGED)).isEqualTo(1);
    assertThat(plan.steps()).hasSize(1);
  }

  private static Known known(
      long id, String name, String phone, String digest, Unit unit, boolean departed, boolean inScope) {
    return new Known(id, name, Gender.M, phone, Optional.ofNullable(digest), unit.code(),
        Set.of(Position.COMMITTEE_MEMBER), Optional.empty(), departed, inScope);
  }

  private static PeopleSheetCheck.Placed row(int row, String name, String phone, String idNumber, Unit unit) {
    var place = new SheetPerson.Place(Optional.of(unit.code()), "", "", "");
    var person = new SheetPerson(row, name, Gender.M, phone, Optional.ofNullable(idNumber), place,
        Set.of(Position.COMMITTEE_MEMBER), Optional.empty());
    return new PeopleSheetCheck.Placed(person, unit);
  }
}
