package org.zhixing.policy.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The metadata sheet of a bulk import ({@code metadata.xlsx}): first sheet, a header row, one document per row. Header
 * names are matched without spaces, so "发文 日期" is "发文日期"; dates may be Excel dates or text.
 */
final class MetadataSheet {

  static final List<String> COLUMNS = List.of("文件名", "文号", "标题", "发文机关", "层级", "发文日期", "文种", "标签", "内部");
  private static final int MAX_ROWS = 2000;

  /** A data row: its 1-based row number in the sheet and its cells by column name. */
  record SheetRow(int row, Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "").strip();
    }
  }

  private MetadataSheet() {}

  static List<SheetRow> read(InputStream xlsx) {
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<Integer, String> header = header(sheet.getRow(sheet.getFirstRowNum()));
      if (!header.containsValue("文件名") || !header.containsValue("标题")) {
        throw new InvalidImportException("metadata.xlsx 第一行须为表头，至少包含 文件名、标题 两列");
      }
      List<SheetRow> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        SheetRow row = row(sheet.getRow(r), header, r + 1);
        if (!row.cells().values().stream().allMatch(String::isBlank)) {
          rows.add(row);
        }
        if (rows.size() > MAX_ROWS) {
          throw new InvalidImportException("metadata.xlsx 超过 " + MAX_ROWS + " 行，请分批导入");
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidImportException invalid) {
        throw invalid;
      }
      throw new InvalidImportException("metadata.xlsx 无法读取（已损坏、加密或不是 xlsx 文件）");
    }
  }

  private static Map<Integer, String> header(Row row) {
    Map<Integer, String> columns = new HashMap<>();
    if (row == null) {
      return columns;
    }
    DataFormatter format = new DataFormatter();
    for (Cell cell : row) {
      String name = format.formatCellValue(cell).replaceAll("\\s", "");
      if (COLUMNS.contains(name)) {
        columns.put(cell.getColumnIndex(), name);
      }
    }
    return columns;
  }

  private static SheetRow row(Row row, Map<Integer, String> header, int number) {
    Map<String, String> cells = new HashMap<>();
    if (row != null) {
      DataFormatter format = new DataFormatter();
      header.forEach((index, name) -> cells.put(name, text(row.getCell(index), format)));
    }
    return new SheetRow(number, cells);
  }

  private static String text(Cell cell, DataFormatter format) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return format.formatCellValue(cell);
  }
}
