package org.zhixing.courseware.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a learner has done a lesson. Timed lessons (video, audio) need {@code minWatchedShare} of their unique media
 * time watched; paged lessons (PDF, HTML, image) need every page shown for at least {@code minDwellSeconds}.
 * {@code noSkipAhead} keeps the player from seeking past the watched frontier, and {@code presenceChecks} asks the
 * learner at random moments whether they are still there (防挂机); both are meant for mandatory courses.
 */
@Embeddable
public class CompletionRule {

  public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.90");
  public static final int DEFAULT_DWELL_SECONDS = 10;

  @Column(name = "min_watched_share", nullable = false, precision = 3, scale = 2)
  private BigDecimal minWatchedShare;

  @Column(name = "min_dwell_seconds", nullable = false)
  private int minDwellSeconds;

  @Column(name = "no_skip_ahead", nullable = false)
  private boolean noSkipAhead;

  @Column(name = "presence_checks", nullable = false)
  private boolean presenceChecks;

  protected CompletionRule() {}

  public CompletionRule(BigDecimal minWatchedShare, int minDwellSeconds, boolean noSkipAhead, boolean presenceChecks) {
    if (minWatchedShare == null || minWatchedShare.signum() <= 0 || minWatchedShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("the watched share must be above 0 and at most 1, was " + minWatchedShare);
    }
    if (minDwellSeconds < 0 || minDwellSeconds > 3600) {
      throw new IllegalArgumentException("the dwell time must be 0 to 3600 seconds, was " + minDwellSeconds);
    }
    this.minWatchedShare = minWatchedShare.setScale(2, RoundingMode.HALF_UP);
    this.minDwellSeconds = minDwellSeconds;
    this.noSkipAhead = noSkipAhead;
    this.presenceChecks = presenceChecks;
  }

  /** 90% watched, 10 seconds a page, free seeking, no presence checks. */
  public static CompletionRule standard() {
    return new CompletionRule(DEFAULT_SHARE, DEFAULT_DWELL_SECONDS, false, false);
  }

  public BigDecimal minWatchedShare() {
    return minWatchedShare;
  }

  public int minDwellSeconds() {
    return minDwellSeconds;
  }

  public boolean noSkipAhead() {
    return noSkipAhead;
  }

  public boolean presenceChecks() {
    return presenceChecks;
  }

  /** The rule as fingerprint text: equal rules give equal text. */
  String canonical() {
    return minWatchedShare.toPlainString() + "/" + minDwellSeconds + "/" + noSkipAhead + "/" + presenceChecks;
  }
}
