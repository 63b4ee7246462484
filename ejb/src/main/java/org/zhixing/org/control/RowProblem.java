package org.zhixing.org.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is wrong with one cell of a row, for the import report.
 *
 * @param column the column at fault, or null for the row as a whole
 * @param kind what is wrong; its {@link Kind#slug() slug} names the message the report shows
 * @param value the cell as it was, so the report can quote it; an ID number only ever masked, even a mistyped one
 */
public record RowProblem(int row, PeopleColumn column, Kind kind, String value) {

  /** Runs of digits (and X) long enough to be most of an ID number; shorter ones are row numbers and the like. */
  private static final Pattern ID_LIKE = Pattern.compile("[0-9Xx]{8,}");

  public RowProblem {
    if (column == PeopleColumn.ID_NUMBER && value != null) {
      value = ID_LIKE.matcher(value).replaceAll(match -> IdNumbers.masked(match.group()));
    }
  }

  /** Everything a row can get wrong, from reading the row to planning its change. */
  public enum Kind {
    MISSING,
    TOO_LONG,
    INVALID_PHONE,
    INVALID_ID_NUMBER,
    INVALID_GENDER,
    GENDER_CONTRADICTS_ID_NUMBER,
    INVALID_DIVISION_CODE,
    UNKNOWN_POSITION,
    INVALID_YES_NO,
    UNKNOWN_DIVISION_CODE,
    UNKNOWN_PLACE,
    AMBIGUOUS_PLACE,
    DUPLICATE_IN_SHEET,
    PHONE_OF_ANOTHER_PERSON,
    PERSON_OUTSIDE_SCOPE;

    /** {@code invalid-phone}: the stable name of the problem in the API and its message key. */
    public String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The kind's slug. */
  public String code() {
    return kind.slug();
  }
}
