package org.zhixing.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds a bulk-import zip as an admin would: document files plus metadata.xlsx with one row per file. */
final class ImportArchive {

  private static final String[] HEADER = {"文件名", "文号", "标题", "发文机关", "层级", "发文日期", "文种", "标签", "内部"};
  private final List<String[]> rows = new ArrayList<>();
  private final List<String[]> files = new ArrayList<>();

  ImportArchive row(String... cells) {
    rows.add(cells);
    return this;
  }

  ImportArchive file(String name, String text) {
    files.add(new String[] {name, text});
    return this;
  }

  byte[] zip() {
    try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("docs/metadata.xlsx"));
      zip.write(sheet());
      for (String[] file : files) {
        zip.putNextEntry(new ZipEntry("docs/" + file[0]));
        zip.write(file[1].getBytes(StandardCharsets.UTF_8));
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] sheet() throws IOException {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("文件");
      write(sheet.createRow(0), HEADER);
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(i + 1), rows.get(i));
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void write(Row row, String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }
}
