package org.zhixing.coverage.boundary;

import java.math.BigDecimal;
import org.zhixing.coverage.control.Figures;

/** Coverage figures with their rate (0 to 1): required, completed, started, person-times (人次), credit hours. */
public record FiguresView(long required, long completed, BigDecimal rate, long started, long personTimes,
    BigDecimal creditHours, long left, long movedIn) {

  static FiguresView of(Figures figures) {
    return figures == null ? null : new FiguresView(figures.required(), figures.completed(), figures.rate(),
        figures.started(), figures.personTimes(), figures.creditHours(), figures.left(), figures.movedIn());
  }
}
