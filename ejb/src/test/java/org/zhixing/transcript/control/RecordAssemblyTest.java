package org.zhixing.transcript.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RecordAssemblyTest {

  /** A source that hands out fixed entries and remembers the period it was asked for. */
  private record FixedSource(int order, String source, List<RecordEntry> entries, List<Instant> asked)
      implements RecordSource {

    FixedSource(int order, String source, RecordEntry... entries) {
      this(order, source, List.of(entries), new ArrayList<>());
    }

    @Override
    public RecordSection section(String learner, Instant from, Instant to) {
      asked.addAll(List.of(from, to));
      return new RecordSection(source, source + "标题", entries);
    }
  }

  private static RecordEntry entry(String title, String hours) {
    return new RecordEntry(LocalDate.of(2026, 3, 1), title, "已完成", new BigDecimal(hours));
  }

  @Test
  void sectionsComeInTheirSourcesOrderWithHoursBySourceAndInTotal() {
    var tests = new FixedSource(20, "TESTS", entry("结业测试", "0.5"), entry("专题考试", "1.0"));
    var courses = new FixedSource(10, "COURSES", entry("乡村振兴", "2.0"));
    var sessions = new FixedSource(30, "SESSIONS");

    LearningRecord record = RecordAssembly.assemble("learner", "彭松宇", new LearningYear(2026),
        List.of(tests, sessions, courses));

    assertThat(record.sections()).extracting(RecordSection::source).containsExactly("COURSES", "TESTS", "SESSIONS");
    assertThat(record.creditHoursBySource()).containsExactly(
        Map.entry("COURSES", new BigDecimal("2.0")), Map.entry("TESTS", new BigDecimal("1.5")),
        Map.entry("SESSIONS", BigDecimal.ZERO));
    assertThat(record.totalCreditHours()).isEqualByComparingTo("3.5");
  }

  @Test
  void aYearRunsFromMidnightToMidnightInChina() {
    var courses = new FixedSource(10, "COURSES");

    RecordAssembly.assemble("learner", "彭松宇", new LearningYear(2026), List.of(courses));

    assertThat(courses.asked()).containsExactly(
        Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(LearningYear.dateOf(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> new LearningYear(1999)).isInstanceOf(InvalidRecordYearException.class);
  }

  @Test
  void theRecordPdfListsEverySectionInChinese() throws IOException {
    LearningRecord record = RecordAssembly.assemble("learner", "彭松宇", new LearningYear(2026), List.of(
        new FixedSource(10, "COURSES", entry("五星支部创建解读", "2.0")), new FixedSource(20, "TESTS")));

    byte[] pdf = LearningRecordPdf.render(record, LocalDate.of(2026, 11, 25));

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains(
          "学习档案（2026年度）", "姓名：彭松宇", "学时合计：2 学时", "COURSES标题（1 项，2 学时）",
          "2026-03-01  五星支部创建解读  已完成  2 学时", "TESTS标题（0 项，0 学时）", "无");
    }
  }
}
