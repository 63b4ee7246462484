package org.zhixing.transcript.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's record (学习档案) for one year: the sections the sources gave, in their order, and the credit hours by
 * source and in total. Sections without entries are kept, so a record always shows what it looked at.
 */
public record LearningRecord(String learner, String name, int year, List<RecordSection> sections) {

  public LearningRecord {
    sections = List.copyOf(sections);
  }

  /** Credit hours by source key, in section order. */
  public Map<String, BigDecimal> creditHoursBySource() {
    var hours = new LinkedHashMap<String, BigDecimal>();
    sections.forEach(s -> hours.merge(s.source(), s.creditHours(), BigDecimal::add));
    return hours;
  }

  public BigDecimal totalCreditHours() {
    return sections.stream().map(RecordSection::creditHours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
