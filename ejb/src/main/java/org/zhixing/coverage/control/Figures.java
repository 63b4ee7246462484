package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The coverage of one group of rostered people: how many are required (on the roster and not left), completed, started;
 * the items they did (人次) and the hours those earned; and, shown beside them but out of the denominator, how many
 * left and how many are counted here after moving in.
 */
public record Figures(long required, long completed, long started, long personTimes, BigDecimal creditHours, long left,
    long movedIn) {

  public static final Figures NONE = new Figures(0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

  public Figures {
    if (completed > required || started > required || completed < 0) {
      throw new IllegalArgumentException("completed %d and started %d must lie within required %d"
          .formatted(completed, started, required));
    }
  }

  /** Completed over required, 0 to 1 to four places; 0 for a group nobody is required in. */
  public BigDecimal rate() {
    return share(completed, required);
  }

  /** {@code part} over {@code whole}, to four places; 0 when the whole is nobody. */
  public static BigDecimal share(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  /** Everyone fully trained; a group with nobody required is covered trivially. */
  public boolean allCompleted() {
    return completed == required;
  }

  /** The figures of two disjoint groups together: children add up to their parent. */
  public Figures plus(Figures other) {
    return new Figures(required + other.required, completed + other.completed, started + other.started,
        personTimes + other.personTimes, creditHours.add(other.creditHours), left + other.left, movedIn + other.movedIn);
  }
}
