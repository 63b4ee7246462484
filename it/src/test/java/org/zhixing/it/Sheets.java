package org.zhixing.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an .xlsx the API wrote, as the text a person sees in each cell. */
final class Sheets {

  private Sheets() {}

  /** The rows of the sheet at {@code index}, each up to its last cell; missing rows come back empty. */
  static List<List<String>> rows(byte[] xlsx, int index) throws IOException {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var formatter = new DataFormatter();
      var rows = new ArrayList<List<String>>();
      var sheet = workbook.getSheetAt(index);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        var cells = new ArrayList<String>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
