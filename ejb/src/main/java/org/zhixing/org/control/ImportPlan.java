package org.zhixing.org.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;

/**
 * What committing a checked sheet would change, person by person: the preview an admin reads before saying yes, and
 * the list of writes if they do. A row is matched to someone already known by ID number first, then by phone, as both
 * survive an election while names are retyped; someone in the scope whom no row lists is left out (and, if the admin
 * asks, marked departed, keeping their learning history).
 */
public final class ImportPlan {

  public enum Change { NEW, UPDATED, MOVED, UNCHANGED, REACTIVATED }

  /** A person as the database knows them; {@code idDigest} is the keyed digest of their ID number, if any. */
  public record Known(
      long id, String name, Gender gender, String phone, Optional<String> idDigest, String unitCode,
      Set<Position> positions, Optional<String> dispatchingUnit, boolean departed, boolean inScope) {}

  /** One row's effect; {@code known} is empty for a new person. */
  public record Step(Change change, PeopleSheetCheck.Placed row, Optional<Known> known) {}

  private final List<Step> steps = new ArrayList<>();
  private final List<Known> leftOut = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();

  /**
   * @param known the people who share a phone or ID number with a row, wherever they are, and every active person in
   *     the scope the sheet covers
   * @param digest the keyed digest of a (normalized) ID number, as stored
   */
  public ImportPlan(List<PeopleSheetCheck.Placed> rows, Collection<Known> known, UnaryOperator<String> digest) {
    Map<String, Known> byPhone = new HashMap<>();
    Map<String, Known> byId = new HashMap<>();
    for (Known person : known) {
      byPhone.put(person.phone(), person);
      person.idDigest().ifPresent(d -> byId.put(d, person));
    }
    Set<Long> listed = new HashSet<>();
    for (PeopleSheetCheck.Placed row : rows) {
      match(row, byPhone, byId, digest).ifPresent(step -> {
        steps.add(step);
        step.known().ifPresent(person -> listed.add(person.id()));
      });
    }
    known.stream().filter(p -> p.inScope() && !p.departed() && !listed.contains(p.id())).forEach(leftOut::add);
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** Active people of the scope whom the sheet does not list. */
  public List<Known> leftOut() {
    return List.copyOf(leftOut);
  }

  /** Rows that cannot be applied: they name someone outside the importer's scope, or two different people. */
  public List<RowProblem> problems() {
    return List.copyOf(problems);
  }

  public long count(Change change) {
    return steps.stream().filter(step -> step.change() == change).count();
  }

  private Optional<Step> match(
      PeopleSheetCheck.Placed row, Map<String, Known> byPhone, Map<String, Known> byId, UnaryOperator<String> digest) {
    SheetPerson person = row.person();
    Optional<String> idDigest = person.idNumber().map(digest);
    Optional<Known> byIdNumber = idDigest.map(byId::get);
    Optional<Known> byPhoneNumber = Optional.ofNullable(byPhone.get(person.phone()));
    if (byIdNumber.isPresent() && byPhoneNumber.isPresent() && byIdNumber.get().id() != byPhoneNumber.get().id()) {
      problems.add(new RowProblem(person.row(), PeopleColumn.PHONE, RowProblem.Kind.PHONE_OF_ANOTHER_PERSON, person.phone()));
      return Optional.empty();
    }
    Optional<Known> match = byIdNumber.or(() -> byPhoneNumber);
    if (match.isPresent() && !match.get().inScope()) {
      problems.add(new RowProblem(person.row(), null, RowProblem.Kind.PERSON_OUTSIDE_SCOPE, person.name()));
      return Optional.empty();
    }
    return Optional.of(new Step(change(row, idDigest, match), row, match));
  }

  private static Change change(PeopleSheetCheck.Placed row, Optional<String> idDigest, Optional<Known> match) {
    if (match.isEmpty()) {
      return Change.NEW;
    }
    Known known = match.get();
    SheetPerson person = row.person();
    if (known.departed()) {
      return Change.REACTIVATED;
    }
    if (!known.unitCode().equals(row.unit().code())) {
      return Change.MOVED;
    }
    boolean same = known.name().equals(person.name())
        && known.gender() == person.gender()
        && known.phone().equals(person.phone())
        && known.positions().equals(person.positions())
        && known.dispatchingUnit().equals(person.dispatchingUnit())
        && (idDigest.isEmpty() || idDigest.equals(known.idDigest())); // a sheet without IDs keeps the stored one
    return same ? Change.UNCHANGED : Change.UPDATED;
  }
}
