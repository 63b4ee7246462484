package org.zhixing.transcript.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhixing.transcript.control.LearningRecord;
import org.zhixing.transcript.control.RecordEntry;
import org.zhixing.transcript.control.RecordSection;

/** A year's learning record: sections by source with their entries, and credit hours by source and in total. */
public record LearningRecordView(String learner, String name, int year, List<Section> sections,
    Map<String, BigDecimal> creditHoursBySource, BigDecimal totalCreditHours) {

  /** What one source (COURSES, TESTS, later SESSIONS) contributed. */
  public record Section(String source, String title, BigDecimal creditHours, List<Entry> entries) {}

  public record Entry(LocalDate date, String title, String detail, BigDecimal creditHours) {}

  static LearningRecordView of(LearningRecord record) {
    return new LearningRecordView(record.learner(), record.name(), record.year(),
        record.sections().stream().map(LearningRecordView::section).toList(), record.creditHoursBySource(),
        record.totalCreditHours());
  }

  private static Section section(RecordSection s) {
    return new Section(s.source(), s.title(), s.creditHours(), s.entries().stream().map(LearningRecordView::entry).toList());
  }

  private static Entry entry(RecordEntry e) {
    return new Entry(e.date(), e.title(), e.detail(), e.creditHours());
  }
}
