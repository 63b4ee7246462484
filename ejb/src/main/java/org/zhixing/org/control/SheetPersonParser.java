package org.zhixing.org.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;

/**
 * Reads one data row of a people sheet into a {@link SheetPerson}, or says everything that is wrong with it at once, so
 * that a clerk fixes the sheet in one go rather than one error per upload.
 */
public final class SheetPersonParser {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  /** What people put into a phone cell besides the number: spaces, dashes, brackets, and a country code. */
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-()]");
  private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?86(?=1[3-9][0-9]{9}$)");
  private static final Pattern DIVISION_CODE = Pattern.compile("[1-9][0-9]{11}");
  private static final Set<String> YES = Set.of("是", "Y", "YES", "√", "✓", "1", "TRUE");
  private static final Set<String> NO = Set.of("", "否", "N", "NO", "×", "0", "FALSE");
  private static final int MAX_NAME = 50;
  private static final int MAX_UNIT = 100;

  private final SheetHeaders headers;
  private final LocalDate today;

  public SheetPersonParser(SheetHeaders headers, LocalDate today) {
    this.headers = headers;
    this.today = today;
  }

  /** The row's person and, if anything is wrong, every problem; a person only when there is no problem. */
  public record Parsed(Optional<SheetPerson> person, List<RowProblem> problems) {}

  public Parsed parse(int row, List<String> cells) {
    var problems = new ArrayList<RowProblem>();
    var cell = new Cells(row, cells, problems);
    String name = cell.required(PeopleColumn.NAME);
    if (name.length() > MAX_NAME) {
      cell.problem(PeopleColumn.NAME, RowProblem.Kind.TOO_LONG);
    }
    String phone = phone(cell);
    Optional<String> idNumber = idNumber(cell);
    Gender gender = gender(cell, idNumber);
    SheetPerson.Place place = place(cell);
    Set<Position> positions = positions(cell);
    Optional<String> unit = dispatchingUnit(cell, positions);
    if (!problems.isEmpty()) {
      return new Parsed(Optional.empty(), List.copyOf(problems));
    }
    return new Parsed(
        Optional.of(new SheetPerson(row, name, gender, phone, idNumber, place, positions, unit)), List.of());
  }

  private static String phone(Cells cell) {
    String typed = cell.required(PeopleColumn.PHONE);
    String digits = PHONE_SEPARATORS.matcher(halfWidth(typed)).replaceAll("");
    String phone = COUNTRY_CODE.matcher(digits).replaceFirst("");
    if (!typed.isEmpty() && !MOBILE.matcher(phone).matches()) {
      cell.problem(PeopleColumn.PHONE, RowProblem.Kind.INVALID_PHONE);
    }
    return phone;
  }

  private Optional<String> idNumber(Cells cell) {
    String number = IdNumbers.normalize(halfWidth(cell.get(PeopleColumn.ID_NUMBER)));
    if (number.isEmpty() || IdNumbers.isMasked(number)) {
      return Optional.empty(); // as the person already has it: an exported sheet shows the last four only
    }
    if (!IdNumbers.isValid(number, today)) {
      cell.problem(PeopleColumn.ID_NUMBER, RowProblem.Kind.INVALID_ID_NUMBER);
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** As written, or from the ID number; a sheet that says 男 for a woman's number has one of them wrong. */
  private static Gender gender(Cells cell, Optional<String> idNumber) {
    String typed = cell.get(PeopleColumn.GENDER);
    Gender fromId = idNumber.map(n -> IdNumbers.isMale(n) ? Gender.M : Gender.F).orElse(null);
    Gender written = switch (typed.toUpperCase(Locale.ROOT)) {
      case "男", "M", "MALE" -> Gender.M;
      case "女", "F", "FEMALE" -> Gender.F;
      case "" -> null;
      default -> {
        cell.problem(PeopleColumn.GENDER, RowProblem.Kind.INVALID_GENDER);
        yield null;
      }
    };
    if (written != null && fromId != null && written != fromId) {
      cell.problem(PeopleColumn.GENDER, RowProblem.Kind.GENDER_CONTRADICTS_ID_NUMBER);
    }
    if (written == null && fromId == null && typed.isEmpty()) {
      cell.problem(PeopleColumn.GENDER, RowProblem.Kind.MISSING);
    }
    return written != null ? written : fromId;
  }

  private static SheetPerson.Place place(Cells cell) {
    String code = halfWidth(cell.get(PeopleColumn.DIVISION_CODE));
    if (!code.isEmpty() && !DIVISION_CODE.matcher(code).matches()) {
      cell.problem(PeopleColumn.DIVISION_CODE, RowProblem.Kind.INVALID_DIVISION_CODE);
    }
    String village = cell.get(PeopleColumn.VILLAGE);
    if (code.isEmpty() && village.isEmpty()) {
      cell.problem(PeopleColumn.VILLAGE, RowProblem.Kind.MISSING);
    }
    return new SheetPerson.Place(
        code.isEmpty() ? Optional.empty() : Optional.of(code),
        cell.get(PeopleColumn.COUNTY), cell.get(PeopleColumn.TOWNSHIP), village);
  }

  private static Set<Position> positions(Cells cell) {
    var positions = EnumSet.noneOf(Position.class);
    for (String name : PositionNames.split(cell.required(PeopleColumn.POSITIONS))) {
      PositionNames.of(name).ifPresentOrElse(
          positions::addAll, () -> cell.problem(PeopleColumn.POSITIONS, RowProblem.Kind.UNKNOWN_POSITION, name));
    }
    String firstSecretary = cell.get(PeopleColumn.FIRST_SECRETARY).toUpperCase(Locale.ROOT);
    if (YES.contains(firstSecretary)) {
      positions.add(Position.FIRST_SECRETARY);
    } else if (!NO.contains(firstSecretary)) {
      cell.problem(PeopleColumn.FIRST_SECRETARY, RowProblem.Kind.INVALID_YES_NO);
    }
    return positions;
  }

  private static Optional<String> dispatchingUnit(Cells cell, Set<Position> positions) {
    String unit = cell.get(PeopleColumn.DISPATCHING_UNIT);
    if (unit.length() > MAX_UNIT) {
      cell.problem(PeopleColumn.DISPATCHING_UNIT, RowProblem.Kind.TOO_LONG);
    }
    if (unit.isEmpty() && positions.stream().anyMatch(Position::isDispatched)) {
      cell.problem(PeopleColumn.DISPATCHING_UNIT, RowProblem.Kind.MISSING);
    }
    return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
  }

  /** Full-width digits and letters (１３８…) as half-width ones. */
  private static String halfWidth(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** The cells of one row with the problems found in them. */
  private final class Cells {
    private final int row;
    private final List<String> cells;
    private final List<RowProblem> problems;

    Cells(int row, List<String> cells, List<RowProblem> problems) {
      this.row = row;
      this.cells = cells;
      this.problems = problems;
    }

    String get(PeopleColumn column) {
      return headers.cell(cells, column);
    }

    String required(PeopleColumn column) {
      String value = get(column);
      if (value.isEmpty()) {
        problems.add(new RowProblem(row, column, RowProblem.Kind.MISSING, ""));
      }
      return value;
    }

    void problem(PeopleColumn column, RowProblem.Kind kind) {
      problem(column, kind, get(column));
    }

    void problem(PeopleColumn column, RowProblem.Kind kind, String value) {
      problems.add(new RowProblem(row, column, kind, value));
    }
  }
}
