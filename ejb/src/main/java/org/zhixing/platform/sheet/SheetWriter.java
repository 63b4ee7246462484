package org.zhixing.platform.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an .xlsx workbook as a stream ({@link #finish} when complete, {@link #close} always): only a window of rows is in memory, so a 100,000-row report costs what a
 * 100-row one does. Every cell is text, as the sheets we read are: a phone number or an ID number must not become a
 * number in Excel (it would show 1.38E+10 and lose the X of an ID number).
 */
public final class SheetWriter implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final OutputStream out;
  private final CellStyle text;
  private final CellStyle header;

  /** @param author who made the file, kept in the workbook's properties */
  public SheetWriter(OutputStream out, String author) {
    this.out = out;
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(author);
    text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    header = workbook.createCellStyle();
    header.cloneStyleFrom(text);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  public Sheet sheet(String name, int... columnWidths) {
    Sheet sheet = workbook.createSheet(name);
    for (int i = 0; i < columnWidths.length; i++) {
      sheet.setColumnWidth(i, columnWidths[i] * 256);
    }
    return sheet;
  }

  /** Writes {@code cells} as the row at {@code index} (0-based; rows must come in order). */
  public void row(Sheet sheet, int index, List<String> cells) {
    write(sheet, index, cells, text);
  }

  public void headerRow(Sheet sheet, int index, List<String> cells) {
    write(sheet, index, cells, header);
    sheet.createFreezePane(0, index + 1);
  }

  private static void write(Sheet sheet, int index, List<String> cells, CellStyle style) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellStyle(style);
      cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
    }
  }

  /**
   * Writes the workbook out. Only a finished workbook is written: one that failed half-way must not reach the reader
   * as a valid file with rows missing.
   */
  public void finish() {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the workbook's temporary files (POI 5.3 and later do it on close). */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
