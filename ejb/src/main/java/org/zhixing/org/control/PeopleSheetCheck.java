package org.zhixing.org.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a whole people sheet, row by row, before anything is written: each row on its own
 * ({@link SheetPersonParser}), its place among the importer's units ({@link PlaceDirectory}), and against the rows
 * above it, since one phone or ID number twice in a sheet is a copy-paste slip that must not become two people. Fed
 * one row at a time, so the sheet is never held twice.
 */
public final class PeopleSheetCheck {

  /** A row that passed, with the unit it places the person in. */
  public record Placed(SheetPerson person, PlaceDirectory.Unit unit) {}

  private final SheetPersonParser parser;
  private final PlaceDirectory places;
  private final List<Placed> placed = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> phones = new HashMap<>();
  private final Map<String, Integer> idNumbers = new HashMap<>();
  private int rows;

  public PeopleSheetCheck(SheetHeaders headers, PlaceDirectory places, LocalDate today) {
    this.parser = new SheetPersonParser(headers, today);
    this.places = places;
  }

  /** Checks one data row; blank rows are skipped, as sheets are full of them. */
  public void row(int number, List<String> cells) {
    if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
      return;
    }
    rows++;
    SheetPersonParser.Parsed parsed = parser.parse(number, cells);
    problems.addAll(parsed.problems());
    parsed.person().ifPresent(this::place);
  }

  public int rows() {
    return rows;
  }

  public List<Placed> placed() {
    return List.copyOf(placed);
  }

  public List<RowProblem> problems() {
    return List.copyOf(problems);
  }

  private void place(SheetPerson person) {
    int before = problems.size();
    firstTime(phones, person.phone(), person, PeopleColumn.PHONE);
    person.idNumber().ifPresent(number -> firstTime(idNumbers, number, person, PeopleColumn.ID_NUMBER));
    PlaceDirectory.Resolved where = places.resolve(person.place());
    if (where.problem() != null) {
      problems.add(new RowProblem(person.row(), placeColumn(person.place()), where.problem(), describe(person.place())));
    }
    if (problems.size() == before) {
      placed.add(new Placed(person, where.unit()));
    }
  }

  /** Records the value's first row, or the row's problem if an earlier row had it. */
  private void firstTime(Map<String, Integer> seen, String value, SheetPerson person, PeopleColumn column) {
    Integer first = seen.putIfAbsent(value, person.row());
    if (first != null) {
      problems.add(new RowProblem(person.row(), column, RowProblem.Kind.DUPLICATE_IN_SHEET, value + " (" + first + ")"));
    }
  }

  private static PeopleColumn placeColumn(SheetPerson.Place place) {
    return place.divisionCode().isPresent() ? PeopleColumn.DIVISION_CODE : PeopleColumn.VILLAGE;
  }

  private static String describe(SheetPerson.Place place) {
    return place.divisionCode()
        .or(() -> Optional.of(String.join(" ", place.county(), place.township(), place.village()).strip()))
        .get();
  }
}
