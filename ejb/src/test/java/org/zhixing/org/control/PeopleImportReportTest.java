package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.org.control.PlaceDirectory.Unit;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;
import org.zhixing.org.entity.UnitKind;
import org.zhixing.platform.sheet.SheetRows;

class PeopleImportReportTest {

  private static final Unit TAIKANG = new Unit("411627000000", "太康县", UnitKind.COUNTY, "411600000000");
  private static final Unit DAXUZHAI = new Unit("411627101000", "大许寨镇", UnitKind.TOWNSHIP, TAIKANG.code());
  private static final Unit GENGZHUANG = new Unit("411627101201", "耿庄村", UnitKind.VILLAGE, DAXUZHAI.code());

  private static final PeopleImportReport.Texts TEXTS = new PeopleImportReport.Texts() {
    @Override
    public String sheetName() {
      return "检查结果";
    }

    @Override
    public String resultColumn() {
      return "处理结果";
    }

    @Override
    public String problemsColumn() {
      return "问题说明";
    }

    @Override
    public String change(ImportPlan.Change change) {
      return change.name();
    }

    @Override
    public String rejected() {
      return "有误";
    }

    @Override
    public String problem(RowProblem problem) {
      return problem.code() + ":" + problem.value();
    }
  };

  @TempDir Path dir;

  @Test
  void givesEveryRowBackWithItsResultAndProblemsUnderTheSameRowNumber() throws IOException {
    PeopleImport imported = checked(
        """
        太康县村干部名单,,,,
        姓名,性别,手机号,村,职务
        彭松宇,男,13812345678,耿庄村,支书
        李娟,女,1390000,耿庄村,会计
        王强,男,13900002222,耿庄村,委员,多出来的格子
        """,
        List.of(new ImportPlan.Known(7, "彭松宇", Gender.M, "13812345678", Optional.empty(), GENGZHUANG.code(),
            Set.of(Position.PARTY_SECRETARY), Optional.empty(), false, true)));

    List<List<String>> report = rowsOf(imported);

    assertThat(report).containsExactly(
        List.of("太康县村干部名单", "", "", "", ""),
        List.of("姓名", "性别", "手机号", "村", "职务", "处理结果", "问题说明"),
        List.of("彭松宇", "男", "13812345678", "耿庄村", "支书", "UNCHANGED", ""),
        List.of("李娟", "女", "1390000", "耿庄村", "会计", "有误", "invalid-phone:1390000；unknown-position:会计"),
        List.of("王强", "男", "13900002222", "耿庄村", "委员", "NEW", ""));
  }

  @Test
  void isRefusedWhileTheSheetIsStillBeingChecked() {
    var running = new PeopleImport("taikang-admin", TAIKANG.code(), "太康县.csv", dir);

    assertThatThrownBy(() -> PeopleImportReport.write(running, TEXTS, new ByteArrayOutputStream()))
        .isInstanceOf(ImportStillCheckingException.class);
  }

  /** An import of {@code csv} checked against the village of 耿庄 as the importer does it. */
  private PeopleImport checked(String csv, List<ImportPlan.Known> known) throws IOException {
    var imported = new PeopleImport("taikang-admin", TAIKANG.code(), "太康县.csv", dir);
    Files.writeString(imported.sheet(), csv);
    var rows = new ArrayList<List<String>>();
    SheetRows.read(imported.sheet(), imported.fileName(), (number, cells) -> rows.add(cells));
    var reading = new PeopleSheetReading(new PlaceDirectory(List.of(TAIKANG, DAXUZHAI, GENGZHUANG)),
        LocalDate.of(2026, 11, 25));
    for (int i = 0; i < rows.size(); i++) {
      reading.row(i + 1, rows.get(i));
    }
    PeopleSheetCheck check = reading.check(imported.fileName());
    var plan = new ImportPlan(check.placed(), known, id -> id);
    imported.checked(new PeopleImport.Checked(Instant.now(), reading.headerRow(), reading.headers(), check.rows(),
        check.problems(), plan));
    return imported;
  }

  private List<List<String>> rowsOf(PeopleImport imported) throws IOException {
    var out = new ByteArrayOutputStream();
    PeopleImportReport.write(imported, TEXTS, out);
    Path report = Files.write(dir.resolve("report.xlsx"), out.toByteArray());
    var rows = new ArrayList<List<String>>();
    SheetRows.read(report, "report.xlsx", (number, cells) -> rows.add(cells));
    return rows;
  }
}
