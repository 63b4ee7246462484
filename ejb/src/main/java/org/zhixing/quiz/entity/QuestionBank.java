package org.zhixing.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A question bank (题库) owned by an org unit. Its trainers and admins edit it; an org admin may share it, and then
 * the trainers of every unit below may draw papers from it, without editing it.
 */
@Entity
@Table(name = "quiz_bank")
public class QuestionBank {

  public static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "owner_unit_code", nullable = false, length = 12)
  private String ownerUnitCode;

  @Column(name = "owner_unit_path", nullable = false, length = 200)
  private String ownerUnitPath;

  private boolean shared;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected QuestionBank() {}

  public QuestionBank(String name, String ownerUnitCode, String ownerUnitPath, String author) {
    rename(name);
    this.ownerUnitCode = Objects.requireNonNull(ownerUnitCode, "ownerUnitCode");
    this.ownerUnitPath = Objects.requireNonNull(ownerUnitPath, "ownerUnitPath");
    this.createdBy = Objects.requireNonNull(author, "author");
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name").strip();
  }

  public void share(boolean shared) {
    this.shared = shared;
  }

  /** Whether the bank belongs to the subtree at {@code scopePath}, whose staff may edit it. */
  public boolean isOwnedWithin(String scopePath) {
    return ownerUnitPath.startsWith(scopePath);
  }

  /** Whether staff of the subtree at {@code scopePath} may use it: it is theirs, or shared from above them. */
  public boolean isUsableWithin(String scopePath) {
    return isOwnedWithin(scopePath) || shared && scopePath.startsWith(ownerUnitPath);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String ownerUnitCode() {
    return ownerUnitCode;
  }

  public boolean shared() {
    return shared;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuestionBank other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
