package org.zhixing.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetRowsTest {

  @TempDir Path dir;

  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();

  @Test
  void readsAnXlsxWithGapsAndNumbersAsShown() throws IOException {
    Path file = dir.resolve("太康县.xlsx");
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("人员");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("姓名");
      header.createCell(1).setCellValue("手机号");
      header.createCell(3).setCellValue("职务");
      Row person = sheet.createRow(2); // a blank row between header and data
      person.createCell(0).setCellValue("彭松宇");
      person.createCell(1).setCellValue(13812345678d); // typed as a number
      person.createCell(3).setCellValue("村党组织书记、村委会主任");
      write(workbook, file);
    }

    SheetRows.read(file, "太康县.xlsx", this::collect);

    assertThat(numbers).containsExactly(1, 3);
    assertThat(rows.get(0)).containsExactly("姓名", "手机号", "", "职务");
    assertThat(rows.get(1)).containsExactly("彭松宇", "13812345678", "", "村党组织书记、村委会主任");
  }

  @Test
  void readsCsvInUtf8WithAndWithoutByteOrderMarkAndInGbk() throws IOException {
    String text = "姓名,职务\r\n彭松宇,\"驻村第一书记,驻村干部\"\r\n";
    for (byte[] bytes : List.of(
        text.getBytes(StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text.getBytes(StandardCharsets.UTF_8)),
        text.getBytes(Charset.forName("GBK")))) {
      rows.clear();
      Path file = Files.write(dir.resolve("people.csv"), bytes);

      SheetRows.read(file, "people.csv", this::collect);

      assertThat(rows).containsExactly(List.of("姓名", "职务"), List.of("彭松宇", "驻村第一书记,驻村干部"));
    }
  }

  @Test
  void refusesAnEncryptedWorkbook() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    try (var workbook = new XSSFWorkbook()) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
      write(workbook, plain);
    }
    Path encrypted = dir.resolve("加密.xlsx");
    try (var fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("zhixing");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }

    assertThatThrownBy(() -> SheetRows.read(encrypted, "加密.xlsx", this::collect))
        .isInstanceOf(EncryptedSheetException.class);
  }

  @Test
  void refusesAnOldXlsTruncatedXlsxAndZipBomb() throws IOException {
    Path xls = dir.resolve("old.xls");
    try (var workbook = new HSSFWorkbook()) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
      write(workbook, xls);
    }
    Path whole = dir.resolve("whole.xlsx");
    try (var workbook = new XSSFWorkbook()) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
      write(workbook, whole);
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    Path bomb = zipBomb(whole);

    for (Path bad : List.of(xls, truncated, bomb)) {
      assertThatThrownBy(() -> SheetRows.read(bad, bad.getFileName().toString(), this::collect))
          .as(bad.getFileName().toString())
          .isInstanceOf(UnreadableSheetException.class)
          .hasMessageContaining(bad.getFileName().toString());
    }
    assertThatThrownBy(() -> SheetRows.read(bomb, "bomb.xlsx", this::collect)).rootCause().hasMessageContaining("Zip bomb");
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(-1); // what Tika's OOXML parser does to POI
    try {
      assertThatThrownBy(() -> SheetRows.read(bomb, "bomb.xlsx", this::collect)).rootCause().hasMessageContaining("Zip bomb");
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
    }
    assertThatThrownBy(() -> SheetRows.read(xls, "old.xls", this::collect)).rootCause().hasMessageContaining(".xls");
    assertThat(rows).isEmpty();
  }

  @Test
  void refusesASheetWithTooManyRowsWhileReadingIt() throws IOException {
    var csv = new StringBuilder("姓名\n");
    for (long i = 0; i <= SheetRows.MAX_ROWS; i++) {
      csv.append("人员").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("big.csv"), csv);

    assertThatThrownBy(() -> SheetRows.read(file, "big.csv", this::collect))
        .isInstanceOf(SheetTooLargeException.class);
    assertThat(rows).hasSize((int) SheetRows.MAX_ROWS + 1);
  }

  @Test
  void tellsHowMuchOfTheSheetItHasReadOnceAPercent() throws IOException {
    var csv = new StringBuilder("姓名,手机号\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("人员").append(i).append(",1380000").append(String.format("%04d", i)).append('\n');
    }
    Path file = Files.writeString(dir.resolve("people.csv"), csv);
    Path xlsx = dir.resolve("people.xlsx");
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("人员");
      for (int i = 0; i < 5_000; i++) {
        sheet.createRow(i).createCell(0).setCellValue("人员" + i);
      }
      write(workbook, xlsx);
    }

    for (Path sheet : List.of(file, xlsx)) {
      var shares = new ArrayList<Double>();
      SheetRows.read(sheet, sheet.getFileName().toString(), this::collect, shares::add);

      assertThat(shares).as(sheet.getFileName().toString()).isSorted().doesNotHaveDuplicates()
          .hasSizeBetween(50, 101).last().isEqualTo(1.0);
    }
  }

  /** The same workbook with 20 MB of blanks in its sheet: a compression ratio no real sheet has. */
  private Path zipBomb(Path xlsx) throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (var in = new ZipInputStream(Files.newInputStream(xlsx));
        var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData");
          content = (xml.substring(0, at) + " ".repeat(20_000_000) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        }
        out.write(content);
      }
    }
    return bomb;
  }

  private void collect(int number, List<String> cells) {
    numbers.add(number);
    rows.add(cells);
  }

  private static void write(Workbook workbook, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
