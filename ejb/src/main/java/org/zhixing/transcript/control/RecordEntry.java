package org.zhixing.transcript.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a learning record: when (China date), what, a detail (score, result), and the credit hours earned. */
public record RecordEntry(LocalDate date, String title, String detail, BigDecimal creditHours) {}
