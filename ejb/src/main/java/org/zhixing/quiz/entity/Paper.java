package org.zhixing.quiz.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A paper (试卷): either a fixed list of questions or rules to draw them by, and the rules of taking it — time limit,
 * attempts, pass score, when answers are shown. It is offered to learners once published; attached to a course it is
 * that course's test, else it stands alone within its opening window.
 */
@Entity
@Table(name = "quiz_paper")
public class Paper {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "owner_unit_code", nullable = false, length = 12)
  private String ownerUnitCode;

  @Column(name = "owner_unit_path", nullable = false, length = 200)
  private String ownerUnitPath;

  @Column(name = "audience_unit_code", nullable = false, length = 12)
  private String audienceUnitCode;

  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "required_for_completion")
  private boolean requiredForCompletion;

  @Column(name = "time_limit_seconds")
  private int timeLimitSeconds;

  @Column(name = "max_attempts")
  private int maxAttempts;

  @Column(name = "pass_score", nullable = false)
  private BigDecimal passScore;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_visibility", nullable = false, length = 20)
  private AnswerVisibility answerVisibility;

  @Column(name = "credit_hours", nullable = false)
  private BigDecimal creditHours;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_paper_question", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "position")
  private List<FixedQuestion> questions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_paper_rule", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "position")
  private List<DrawRule> rules = new ArrayList<>();

  @Column(name = "session_id")
  private Long sessionId;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_paper_position", joinColumns = @JoinColumn(name = "paper_id"))
  @Column(name = "position", length = 30)
  private Set<String> audiencePositions = new HashSet<>();

  @Column(name = "audience_weak_only")
  private boolean audienceWeakOnly;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Paper() {}

  public Paper(String ownerUnitCode, String ownerUnitPath, String author) {
    this.ownerUnitCode = Objects.requireNonNull(ownerUnitCode, "ownerUnitCode");
    this.ownerUnitPath = Objects.requireNonNull(ownerUnitPath, "ownerUnitPath");
    this.createdBy = Objects.requireNonNull(author, "author");
  }

  /** Sets what is asked and how; a published paper is what learners took, so it no longer changes. */
  public void define(PaperSettings settings, List<FixedQuestion> fixed, List<DrawRule> drawn) {
    if (publishedAt != null) {
      throw new PaperPublishedException(id);
    }
    if (fixed.isEmpty() == drawn.isEmpty()) {
      throw new InvalidPaperException("fixed-or-drawn");
    }
    if (settings.closesAt() != null && settings.opensAt() != null && !settings.closesAt().isAfter(settings.opensAt())) {
      throw new InvalidPaperException("window");
    }
    title = settings.title().strip();
    audienceUnitCode = settings.audienceUnitCode();
    courseId = settings.courseId();
    requiredForCompletion = settings.courseId() != null && settings.requiredForCompletion();
    timeLimitSeconds = settings.timeLimitSeconds();
    maxAttempts = settings.maxAttempts();
    passScore = settings.passScore();
    answerVisibility = settings.answerVisibility();
    creditHours = settings.creditHours();
    opensAt = settings.opensAt();
    closesAt = settings.closesAt();
    questions.clear();
    questions.addAll(fixed);
    rules.clear();
    rules.addAll(drawn);
  }

  /** Narrows (or, attached to a session, replaces) the audience unit's subtree; unpublished papers only. */
  public void restrictAudience(PaperAudience audience) {
    if (publishedAt != null) {
      throw new PaperPublishedException(id);
    }
    sessionId = audience.sessionId();
    audiencePositions.clear();
    audiencePositions.addAll(audience.positions());
    audienceWeakOnly = audience.weakAndLaxOnly();
  }

  public void publish(Instant now) {
    if (publishedAt == null) {
      publishedAt = now;
    }
  }

  /** Whether an attempt may start now: published and within the window. */
  public boolean isOpenAt(Instant now) {
    return publishedAt != null && (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
  }

  /** An attempt started now must be submitted by this instant: its time limit, or the paper's closing if sooner. */
  public Instant deadlineFor(Instant start) {
    Instant byLimit = start.plusSeconds(timeLimitSeconds);
    return closesAt != null && closesAt.isBefore(byLimit) ? closesAt : byLimit;
  }

  /** Whether a learner whose attempt is submitted may now see the answers and explanations. */
  public boolean answersVisibleAt(Instant now) {
    return switch (answerVisibility) {
      case AFTER_SUBMIT -> true;
      case AFTER_CLOSE -> closesAt != null && !now.isBefore(closesAt);
      case NEVER -> false;
    };
  }

  public boolean isOwnedWithin(String scopePath) {
    return ownerUnitPath.startsWith(scopePath);
  }

  public boolean drawn() {
    return !rules.isEmpty();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String ownerUnitCode() {
    return ownerUnitCode;
  }

  public String audienceUnitCode() {
    return audienceUnitCode;
  }

  public Optional<Long> courseId() {
    return Optional.ofNullable(courseId);
  }

  public boolean requiredForCompletion() {
    return requiredForCompletion;
  }

  public int timeLimitSeconds() {
    return timeLimitSeconds;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public BigDecimal passScore() {
    return passScore;
  }

  public AnswerVisibility answerVisibility() {
    return answerVisibility;
  }

  public BigDecimal creditHours() {
    return creditHours;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  /** The session this paper is the quiz of, if any (without loading the audience's posts). */
  public Optional<Long> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  public PaperAudience audience() {
    return new PaperAudience(sessionId, audiencePositions, audienceWeakOnly);
  }

  public List<FixedQuestion> questions() {
    return List.copyOf(questions);
  }

  public List<DrawRule> rules() {
    return List.copyOf(rules);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Paper other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
