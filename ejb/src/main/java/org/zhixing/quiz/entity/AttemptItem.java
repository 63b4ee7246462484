package org.zhixing.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One question of an attempt: which, what it is worth, the learner's answer and its score. */
@Embeddable
public class AttemptItem {

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Column(nullable = false)
  private BigDecimal points;

  /** One entry per chosen key, per blank, or the one text of a short answer. */
  private String[] response;

  @Column(name = "saved_at")
  private Instant savedAt;

  private BigDecimal score;

  @Column(name = "graded_by", length = 100)
  private String gradedBy;

  @Column(length = 2000)
  private String comment;

  @Column(name = "graded_at")
  private Instant gradedAt;

  protected AttemptItem() {}

  public AttemptItem(long questionId, BigDecimal points) {
    this.questionId = questionId;
    this.points = points;
  }

  void answer(List<String> response, Instant now) {
    this.response = response.toArray(String[]::new);
    this.savedAt = now;
  }

  void score(BigDecimal score) {
    this.score = score;
  }

  void grade(BigDecimal score, String comment, String grader, Instant now) {
    this.score = score;
    this.comment = comment;
    this.gradedBy = grader;
    this.gradedAt = now;
  }

  public long questionId() {
    return questionId;
  }

  public BigDecimal points() {
    return points;
  }

  public List<String> response() {
    return response == null ? List.of() : List.of(response);
  }

  public Instant savedAt() {
    return savedAt;
  }

  /** Null until graded: before submission, and for a short answer until a trainer grades it. */
  public BigDecimal score() {
    return score;
  }

  public String comment() {
    return comment;
  }
}
