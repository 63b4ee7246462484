package org.zhixing.schedule.boundary;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.zhixing.platform.sheet.SheetWriter;
import org.zhixing.schedule.control.SiteCheckIn;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * The roster workbook: 签到名单 with one row per expected person, and for a remote session 分会场签到 with one row per
 * site. Times are Asia/Shanghai wall-clock time; marks are 是 or empty, so a filter in Excel finds them.
 */
public final class RosterSheet implements AutoCloseable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TrainingSession.ZONE);

  /** What a roster is of, for its file name. */
  public record Heading(String sessionTitle, Instant occurrenceStart, String unitName) {
    public String fileName() {
      return sessionTitle + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(TrainingSession.ZONE).format(occurrenceStart)
          + "-" + unitName + "-签到名单.xlsx";
    }
  }

  private final SheetWriter writer;
  private final Sheet people;
  private int peopleRows = 1;

  RosterSheet(OutputStream out, String author) {
    writer = new SheetWriter(out, author);
    people = writer.sheet("签到名单", 10, 24, 24, 20, 20, 6, 6, 6, 12, 8);
    writer.headerRow(people, 0, List.of("姓名", "单位", "职务", "签到时间", "签退时间", "迟到", "早退", "缺勤", "人工更正", "学时"));
  }

  void people(List<RosterLine> lines) {
    for (RosterLine line : lines) {
      writer.row(people, peopleRows++, List.of(line.name(), line.unitName(), String.join("、", line.positions()),
          time(line.signedInAt()), time(line.signedOutAt()), mark(line.late()), mark(line.leftEarly()),
          mark(!line.present()), line.correctedBy() == null ? "" : line.correctedBy(), hours(line.creditHours())));
    }
  }

  void sites(List<SiteCheckIn> sites, Map<String, String> unitNames) {
    Sheet sheet = writer.sheet("分会场签到", 14, 24, 8, 20, 8, 16, 8);
    writer.headerRow(sheet, 0, List.of("单位代码", "分会场", "应到人数", "签到时间", "实到人数", "签到账号", "未签到"));
    int row = 1;
    for (SiteCheckIn site : sites) {
      writer.row(sheet, row++, List.of(site.siteUnitCode(), unitNames.getOrDefault(site.siteUnitCode(), ""),
          String.valueOf(site.expected()), time(site.checkedInAt()),
          site.presentCount() == null ? "" : String.valueOf(site.presentCount()),
          site.checkedBy() == null ? "" : site.checkedBy(), mark(site.isMissing())));
    }
  }

  void finish() {
    writer.finish();
  }

  @Override
  public void close() {
    writer.close();
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  private static String mark(boolean mark) {
    return mark ? "是" : "";
  }

  private static String hours(BigDecimal hours) {
    return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
  }
}
