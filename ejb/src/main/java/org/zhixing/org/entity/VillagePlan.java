package org.zhixing.org.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** 一村一方案: what a village plans to do in a year to reach its Five-Star target, as the township wrote it down. */
@Entity
@Table(name = "village_plan")
public class VillagePlan {

  /** About twenty pages of Chinese text; a plan is a working document, not an archive of attachments. */
  public static final int MAX_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", updatable = false)
  private OrgUnit unit;

  @Column(nullable = false, updatable = false)
  private int year;

  @Column(nullable = false)
  private String content;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected VillagePlan() {}

  public VillagePlan(OrgUnit unit, int year) {
    if (!unit.kind().isGrassroots()) {
      throw new NotAVillageException(unit.code());
    }
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("plan year out of range: " + year);
    }
    this.unit = unit;
    this.year = year;
  }

  public void write(String newContent, String by, Instant at) {
    if (newContent == null || newContent.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a plan has up to " + MAX_LENGTH + " characters");
    }
    this.content = newContent;
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public Long id() {
    return id;
  }

  public OrgUnit unit() {
    return unit;
  }

  public int year() {
    return year;
  }

  public String content() {
    return content;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
