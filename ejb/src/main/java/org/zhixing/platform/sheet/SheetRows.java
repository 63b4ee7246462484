package org.zhixing.platform.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of the first sheet of an .xlsx workbook or of a .csv file, as text cells, read as a stream: a 30,000-row
 * sheet never sits in memory as a workbook, and a sheet past {@link #MAX_ROWS} is refused while it is being read.
 * Cells read as the sheet shows them (a phone number typed as a number stays 13800000000). A CSV may be UTF-8 (with or
 * without a byte-order mark) or GB18030, which is what Excel writes on a Chinese Windows.
 */
public final class SheetRows {

  /** Several times the city's cadres (the largest sheet we import): more is a mistake (a whole province, a log file). */
  public static final long MAX_ROWS = 100_000;

  /** 100,000 rows of a sheet inflate to about 40 MB; a workbook that inflates to more is not one. */
  private static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

  /** Real sheets compress about 10:1 (repetitive ones 30:1); two hundredfold is a bomb. */
  private static final long MAX_RATIO = 200;

  /** Receives each row, the header row first; row numbers count from 1 as in the sheet. */
  public interface Handler {
    void row(int number, List<String> cells);
  }

  private SheetRows() {}

  public static void read(Path file, String fileName, Handler handler) {
    read(file, fileName, handler, share -> {});
  }

  /** As {@link #read(Path, String, Handler)}, telling {@code progress} the share of the sheet read so far (0 to 1). */
  public static void read(Path file, String fileName, Handler handler, DoubleConsumer progress) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      FileMagic magic = FileMagic.valueOf(in);
      switch (magic) {
        case OOXML -> readXlsx(file, fileName, handler, progress);
        case OLE2 -> throw ole2(in, fileName);
        default -> readCsv(file, fileName, handler, progress);
      }
    } catch (IOException e) {
      throw new UnreadableSheetException(fileName, e);
    }
  }

  /** An OLE2 file is either an encrypted .xlsx (Excel wraps those so) or an old binary .xls. */
  private static RuntimeException ole2(InputStream in, String fileName) throws IOException {
    try (var fs = new POIFSFileSystem(in)) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
        return new EncryptedSheetException(fileName);
      }
    }
    return new UnreadableSheetException(fileName, new IOException("binary .xls: save it as .xlsx"));
  }

  private static void readXlsx(Path file, String fileName, Handler handler, DoubleConsumer progress) {
    refuseZipBomb(file, fileName);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableSheetException(fileName, new IOException("no sheet"));
      }
      InputStream part = sheets.next();
      try (InputStream sheet = new ReadShare(sheets.getSheetPart().getSize(), progress).counting(part)) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(
            reader.getStylesTable(), null, strings, new Rows(handler), new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException e) {
      throw new UnreadableSheetException(fileName, e); // also POI's "Zip bomb detected!", an IOException
    }
  }

  /**
   * Inflates every entry once, counting, before POI sees the file. POI has a zip-bomb check of its own, but it is one
   * global switch, and Tika's OOXML parser (loaded for policy documents in the same server) turns it off.
   */
  private static void refuseZipBomb(Path file, String fileName) {
    try (var zip = new ZipFile(file.toFile())) {
      long total = 0;
      for (ZipEntry entry : Collections.list(zip.entries())) {
        long limit = Math.min(MAX_INFLATED_BYTES - total, Math.max(entry.getCompressedSize(), 1024) * MAX_RATIO);
        long inflated = inflatedSize(zip, entry, limit);
        if (inflated > limit) {
          throw new UnreadableSheetException(fileName, new IOException("Zip bomb: " + entry.getName() + " inflates past "
              + limit + " bytes"));
        }
        total += inflated;
      }
    } catch (IOException e) {
      throw new UnreadableSheetException(fileName, e);
    }
  }

  /** The entry's inflated size, counted up to just past {@code limit}. */
  private static long inflatedSize(ZipFile zip, ZipEntry entry, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long count = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; count <= limit && (n = in.read(buffer)) > 0; ) {
        count += n;
      }
    }
    return count;
  }

  private static void readCsv(Path file, String fileName, Handler handler, DoubleConsumer progress)
      throws IOException {
    String content = decode(Files.readAllBytes(file), fileName);
    try (Reader text = new StringReader(content)) {
      var share = new ReadShare(content.length(), progress);
      int number = 0;
      for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(text)) {
        number++;
        if (number > MAX_ROWS + 1) {
          throw new SheetTooLargeException(MAX_ROWS);
        }
        handler.row(number, record.toList());
        share.at(record.getCharacterPosition()); // where the record starts: the last one is told below
      }
      share.at(content.length());
    }
  }

  private static String decode(byte[] bytes, String fileName) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      try {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        // try the next one
      }
    }
    throw new UnreadableSheetException(fileName, new IOException("neither UTF-8 nor GB18030 text"));
  }

  /** Collects the cells of each row, filling the gaps POI leaves for empty cells. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Handler handler;
    private final List<String> cells = new ArrayList<>();
    private long rows;

    Rows(Handler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      if (++rows > MAX_ROWS + 1) {
        throw new SheetTooLargeException(MAX_ROWS);
      }
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      handler.row(rowNum + 1, List.copyOf(cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }
}
