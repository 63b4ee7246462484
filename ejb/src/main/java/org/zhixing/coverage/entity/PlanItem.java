package org.zhixing.coverage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One required item of a plan, by the id its own feature gives it (course, session, or test paper). */
@Embeddable
public class PlanItem {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private PlanItemKind kind;

  @Column(name = "ref_id", nullable = false)
  private long refId;

  protected PlanItem() {}

  public PlanItem(PlanItemKind kind, long refId) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.refId = refId;
  }

  public PlanItemKind kind() {
    return kind;
  }

  public long refId() {
    return refId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanItem other && kind == other.kind && refId == other.refId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, refId);
  }
}
