package org.zhixing.org.control;

import java.time.LocalDate;
import java.util.List;
import org.zhixing.platform.sheet.EmptySheetException;

/**
 * Feeds a sheet's rows to a check once the header row has said what the columns are. Sheets as departments keep them
 * often open with a title ("太康县村干部名单") and a blank line: the header is the first row in which at least two
 * columns are recognised, among the first {@value #HEADER_SEARCH_ROWS} rows.
 */
final class PeopleSheetReading {

  static final int HEADER_SEARCH_ROWS = 10;

  private final PlaceDirectory places;
  private final LocalDate today;
  private SheetHeaders best;
  private SheetHeaders headers;
  private int headerRow;
  private PeopleSheetCheck check;

  PeopleSheetReading(PlaceDirectory places, LocalDate today) {
    this.places = places;
    this.today = today;
  }

  void row(int number, List<String> cells) {
    if (headers != null) {
      check.row(number, cells);
      return;
    }
    SheetHeaders candidate = SheetHeaders.of(cells);
    if (candidate.columns().size() >= 2) {
      header(number, candidate);
      return;
    }
    boolean blank = cells.stream().allMatch(String::isBlank);
    if (!blank && (best == null || candidate.columns().size() > best.columns().size())) {
      best = candidate; // what the error names if no header turns up
    }
    if (number >= HEADER_SEARCH_ROWS) {
      throw missingColumns(best == null ? candidate : best);
    }
  }

  private void header(int number, SheetHeaders found) {
    if (!found.missing().isEmpty()) {
      throw missingColumns(found);
    }
    headers = found;
    headerRow = number;
    check = new PeopleSheetCheck(headers, places, today);
  }

  SheetHeaders headers() {
    return headers;
  }

  int headerRow() {
    return headerRow;
  }

  /** The check of the rows below the header; a sheet without a header has nothing to check. */
  PeopleSheetCheck check(String fileName) {
    if (check != null) {
      return check;
    }
    if (best != null) {
      throw missingColumns(best);
    }
    throw new EmptySheetException(fileName);
  }

  private static MissingColumnsException missingColumns(SheetHeaders headers) {
    return new MissingColumnsException(headers.missing().stream().map(PeopleColumn::header).toList());
  }
}
