package org.zhixing.org.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhixing.platform.sheet.HeaderKey;

/**
 * What the header row of a people sheet says: which column holds what, which headers meant nothing to us, and which
 * columns are missing. The import page shows all three, so a clerk can see at once whether the sheet was understood.
 *
 * @param columns the recognized columns and their 0-based positions; the first of two same-named columns wins
 * @param unrecognized headers that are not any known column, in sheet order (their cells are ignored)
 * @param duplicates headers naming a column that an earlier header already named
 */
public record SheetHeaders(
    Map<PeopleColumn, Integer> columns, List<String> unrecognized, List<String> duplicates) {

  public SheetHeaders {
    var copy = new EnumMap<PeopleColumn, Integer>(PeopleColumn.class);
    copy.putAll(columns);
    columns = Collections.unmodifiableMap(copy);
    unrecognized = List.copyOf(unrecognized);
    duplicates = List.copyOf(duplicates);
  }

  public static SheetHeaders of(List<String> headerRow) {
    var columns = new EnumMap<PeopleColumn, Integer>(PeopleColumn.class);
    var unrecognized = new ArrayList<String>();
    var duplicates = new ArrayList<String>();
    for (int i = 0; i < headerRow.size(); i++) {
      String header = headerRow.get(i) == null ? "" : headerRow.get(i).strip();
      if (header.isEmpty()) {
        continue;
      }
      Optional<PeopleColumn> column = recognize(header);
      if (column.isEmpty()) {
        unrecognized.add(header);
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        duplicates.add(header);
      }
    }
    return new SheetHeaders(columns, unrecognized, duplicates);
  }

  /**
   * The columns a sheet cannot do without: who (name, phone, posts) and where (a division code, or at least the
   * village's name); gender may come from an ID number instead.
   */
  public Set<PeopleColumn> missing() {
    var missing = EnumSet.noneOf(PeopleColumn.class);
    for (PeopleColumn required : List.of(PeopleColumn.NAME, PeopleColumn.PHONE, PeopleColumn.POSITIONS)) {
      if (!columns.containsKey(required)) {
        missing.add(required);
      }
    }
    if (!has(PeopleColumn.DIVISION_CODE) && !has(PeopleColumn.VILLAGE)) {
      missing.add(PeopleColumn.VILLAGE);
    }
    if (!has(PeopleColumn.GENDER) && !has(PeopleColumn.ID_NUMBER)) {
      missing.add(PeopleColumn.GENDER);
    }
    return missing;
  }

  public boolean has(PeopleColumn column) {
    return columns.containsKey(column);
  }

  /** The cell of this column in a row, stripped; empty when the column is absent or the row is shorter. */
  public String cell(List<String> row, PeopleColumn column) {
    Integer at = columns.get(column);
    if (at == null || at >= row.size() || row.get(at) == null) {
      return "";
    }
    return row.get(at).strip();
  }

  private static Optional<PeopleColumn> recognize(String header) {
    String key = HeaderKey.of(header);
    for (PeopleColumn column : PeopleColumn.values()) {
      if (column.isNamed(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
