package org.zhixing.transcript.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The entries one source contributes to a year's record, e.g. the courses completed. {@code source} is a stable key
 * ({@code COURSES}, {@code TESTS}, {@code SESSIONS}) for clients; {@code title} is what the PDF prints.
 */
public record RecordSection(String source, String title, List<RecordEntry> entries) {

  public RecordSection {
    entries = List.copyOf(entries);
  }

  public BigDecimal creditHours() {
    return entries.stream().map(RecordEntry::creditHours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
