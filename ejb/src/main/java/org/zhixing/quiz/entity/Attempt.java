package org.zhixing.quiz.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner's attempt at a paper. The server set its deadline when it started; answers are saved one question at a
 * time until then, and submitting (by the learner, or by the server at the deadline) scores the objective questions.
 * Short answers wait for a trainer; once every question is scored the attempt is graded and passed or not.
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt {

  @Id private UUID id;

  /** Loaded with the attempt: its deadline, pass score and answer visibility are read on every use. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "paper_id")
  private Paper paper;

  @Column(nullable = false, length = 100)
  private String learner;

  @Column(name = "org_unit_code", length = 12)
  private String orgUnitCode;

  private int number;

  private long seed;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(nullable = false)
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "auto_submitted")
  private boolean autoSubmitted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttemptStatus status = AttemptStatus.OPEN;

  private BigDecimal score;

  private Boolean passed;

  /** Loaded with the attempt: every use of an attempt reads its questions. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quiz_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
  @OrderColumn(name = "position")
  private List<AttemptItem> items = new ArrayList<>();

  @Version private long version;

  protected Attempt() {}

  public Attempt(Paper paper, String learner, String orgUnitCode, int number, long seed, Instant now, List<AttemptItem> items) {
    this.id = UUID.randomUUID();
    this.paper = Objects.requireNonNull(paper, "paper");
    this.learner = Objects.requireNonNull(learner, "learner");
    this.orgUnitCode = orgUnitCode;
    this.number = number;
    this.seed = seed;
    this.startedAt = now;
    this.deadline = paper.deadlineFor(now);
    this.items.addAll(items);
  }

  public boolean isOpen() {
    return status == AttemptStatus.OPEN;
  }

  /** Whether the attempt is still open although its time is up: the server submits it on the learner's behalf. */
  public boolean isOverdueAt(Instant now) {
    return isOpen() && !now.isBefore(deadline);
  }

  /** Saves the answer to the question at {@code position} (0-based); only while open and before the deadline. */
  public void answer(int position, List<String> response, Instant now) {
    refuseUnlessOpenAt(now);
    item(position).answer(response, now);
  }

  /** The learner submits: before the deadline only. */
  public void submit(Map<Long, Question> questions, Instant now) {
    refuseUnlessOpenAt(now);
    close(questions, now, false);
  }

  /** The server submits an overdue attempt as it stands, at its deadline. */
  public void submitAtDeadline(Map<Long, Question> questions) {
    close(questions, deadline, true);
  }

  private void close(Map<Long, Question> questions, Instant at, boolean automatically) {
    submittedAt = at;
    autoSubmitted = automatically;
    for (AttemptItem item : items) {
      item.score(questions.get(item.questionId()).score(item.response(), item.points()));
    }
    status = AttemptStatus.AWAITING_GRADING;
    concludeIfScored();
  }

  /** A trainer scores a short answer; the last one graded decides the attempt. */
  public void grade(int position, BigDecimal score, String comment, String grader, Instant now) {
    AttemptItem item = item(position);
    if (status != AttemptStatus.AWAITING_GRADING) {
      throw new AttemptNotGradableException(id, position);
    }
    if (score.signum() < 0 || score.compareTo(item.points()) > 0) {
      throw new InvalidScoreException(score, item.points());
    }
    item.grade(score, comment, grader, now);
    concludeIfScored();
  }

  private void concludeIfScored() {
    if (items.stream().allMatch(item -> item.score() != null)) {
      score = items.stream().map(AttemptItem::score).reduce(BigDecimal.ZERO, BigDecimal::add);
      passed = score.compareTo(paper.passScore()) >= 0;
      status = AttemptStatus.GRADED;
    }
  }

  private void refuseUnlessOpenAt(Instant now) {
    if (!isOpen() || !now.isBefore(deadline)) {
      throw new AttemptClosedException(id, deadline);
    }
  }

  private AttemptItem item(int position) {
    if (position < 0 || position >= items.size()) {
      throw new AttemptItemNotFoundException(id, position);
    }
    return items.get(position);
  }

  public BigDecimal maxScore() {
    return items.stream().map(AttemptItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public UUID id() {
    return id;
  }

  public Paper paper() {
    return paper;
  }

  public String learner() {
    return learner;
  }

  public String orgUnitCode() {
    return orgUnitCode;
  }

  public int number() {
    return number;
  }

  public long seed() {
    return seed;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean autoSubmitted() {
    return autoSubmitted;
  }

  public AttemptStatus status() {
    return status;
  }

  /** Null until graded. */
  public BigDecimal score() {
    return score;
  }

  /** Null until graded. */
  public Boolean passed() {
    return passed;
  }

  public List<AttemptItem> items() {
    return List.copyOf(items);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attempt other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
