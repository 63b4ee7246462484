package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;

/**
 * An admin imports a people sheet in the portal: a large sheet with a mistake shows the check's progress, then the
 * mistake by row, cannot be committed, and its report downloads with the problem beside the row; the corrected sheet
 * (the county's own people, as they are) previews as unchanged and commits; the county exports as a sheet.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleImportBrowserIT {

  private static final DemoContentPack PACK = DemoContentPack.load();
  private static final String HEADER = "姓名,性别,手机号,区划代码,职务,派出单位\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void adminSeesProgressThenProblemsByRowThenCommitsTheCorrectedSheet(@TempDir Path dir) throws IOException {
    List<PersonSeed> taikang = PACK.people().stream().filter(p -> p.unitCode().startsWith("411627")).toList();
    String rows = taikang.stream().map(PeopleImportBrowserIT::row).collect(Collectors.joining("\n"));
    Path wrong = Files.writeString(dir.resolve("太康县-有误.csv"), HEADER + rows + "\n" + newcomers(5_000)
        + "王强,男,1381234567,411627101201,委员,\n");
    Path right = Files.writeString(dir.resolve("太康县.csv"), HEADER + rows + "\n");

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/");
      browser.logInAs("taikang-admin");
      browser.visible(testId("menu-people-import")).click();
      browser.waitForText(testId("people-import-unit"), "太康县");

      browser.driver().findElement(testId("people-import-file")).sendKeys(wrong.toString());
      browser.visible(testId("people-import-check")).click();
      // The page polls every 500 ms, so the server's phase stays on screen at least that long: look more often.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(50))
          .until(d -> List.of("READING", "MATCHING")
              .contains(d.findElement(testId("people-import-progress")).getDomAttribute("data-phase")));
      assertThat(browser.visible(testId("people-import-progress")).getText()).containsAnyOf("正在读取", "正在核对");
      browser.screenshot("taikang-admin-people-import-progress");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
          .until(d -> d.findElement(testId("people-import-problems")).getText().contains("1381234567"));
      assertThat(browser.visible(testId("people-import-problem-count")).getText()).contains("1");
      assertThat(browser.isPresent(testId("people-import-commit"))).isFalse();
      browser.screenshot("taikang-admin-people-import-problems");

      browser.visible(testId("people-import-report")).click();
      List<List<String>> report = Sheets.rows(Files.readAllBytes(browser.downloaded("检查结果.xlsx")), 0);
      assertThat(report.getLast()).contains("1381234567", "有误，未导入");
      assertThat(report.getLast().getLast()).contains("手机号");

      browser.driver().findElement(testId("people-import-file")).sendKeys(right.toString());
      browser.visible(testId("people-import-check")).click();
      browser.waitForText(testId("people-import-change-UNCHANGED"), String.valueOf(taikang.size()));
      assertThat(browser.visible(testId("people-import-change-NEW")).getText()).startsWith("0");
      browser.visible(testId("people-import-commit")).click();
      browser.waitForText(testId("people-import-done"), "导入完成");
      browser.screenshot("taikang-admin-people-import-done");

      browser.visible(testId("people-import-export")).click();
      List<List<String>> exported = Sheets.rows(Files.readAllBytes(browser.downloaded("人员名单-" + today() + ".xlsx")), 0);
      assertThat(exported).hasSize(taikang.size() + 1);
      assertThat(exported.getFirst()).startsWith("姓名", "性别", "手机号");
    }
  }

  /** People who are not in the pack, with phones of a prefix the pack does not use: rows the check must read and match. */
  private static String newcomers(int count) {
    var rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("新人").append(i).append(i % 2 == 0 ? ",男," : ",女,").append("1990").append("%07d".formatted(i))
          .append(",411627101201,委员,\n");
    }
    return rows.toString();
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static String row(PersonSeed person) {
    String posts = person.positions().stream().map(PeopleImportBrowserIT::post).collect(Collectors.joining("、"));
    String unit = person.dispatchingUnit() == null ? "" : person.dispatchingUnit();
    return String.join(",", quoted(person.name()), "M".equals(person.gender()) ? "男" : "女", person.phone(),
        person.unitCode(), quoted(posts), quoted(unit));
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String post(String position) {
    return switch (position) {
      case "PARTY_SECRETARY" -> "村党组织书记";
      case "VILLAGE_DIRECTOR" -> "村委会主任";
      case "COMMITTEE_MEMBER" -> "两委委员";
      case "FIRST_SECRETARY" -> "第一书记";
      case "RESIDENT_CADRE" -> "驻村干部";
      case "TOWNSHIP_CADRE" -> "乡镇干部";
      case "ORGANIZING_MEMBER" -> "组织委员";
      default -> "县直单位干部";
    };
  }
}
