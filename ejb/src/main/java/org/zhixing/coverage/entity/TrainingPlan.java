package org.zhixing.coverage.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.zhixing.platform.audience.AudienceRule;

/**
 * A training plan: who must be trained ({@link AudienceRule}), in what ({@link PlanItem}s and a minimum of credit
 * hours), within which period and by which deadline. It keeps a copy of its audience unit's path, to be scoped by
 * prefix like every admin's view.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlanKind kind;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false)
  private LocalDate deadline;

  @Embedded private AudienceRule audience;

  @Column(name = "audience_path", nullable = false, length = 400)
  private String audiencePath;

  @Column(name = "min_credit_hours", nullable = false, precision = 6, scale = 1)
  private BigDecimal minCreditHours;

  @Column(name = "target_rate", nullable = false, precision = 5, scale = 4)
  private BigDecimal targetRate;

  @ElementCollection
  @CollectionTable(name = "training_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
  private Set<PlanItem> items = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlanStatus status = PlanStatus.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected TrainingPlan() {}

  public TrainingPlan(String createdBy, Instant createdAt) {
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Rewrites a draft; {@code audiencePath} is the path of the audience's unit, which the caller has checked. */
  public void describe(PlanDetails details, String audiencePath) {
    if (status == PlanStatus.PUBLISHED) {
      throw new PlanPublishedException(id);
    }
    details.validate();
    this.name = details.name().strip();
    this.kind = details.kind();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.deadline = details.deadline();
    this.audience = details.audience();
    this.audiencePath = audiencePath;
    this.minCreditHours = details.minCreditHours();
    this.targetRate = details.targetRate();
    this.items.clear();
    this.items.addAll(details.items());
  }

  public void publish(Instant at) {
    if (status == PlanStatus.PUBLISHED) {
      throw new PlanPublishedException(id);
    }
    status = PlanStatus.PUBLISHED;
    publishedAt = at;
  }

  /** Whether the plan lies inside the subtree with this path (its owner's view) … */
  public boolean liesWithin(String scopePath) {
    return audiencePath.startsWith(scopePath);
  }

  /** … or covers it (a city plan seen by a county admin, for their county's figures). */
  public boolean concerns(String scopePath) {
    return liesWithin(scopePath) || scopePath.startsWith(audiencePath);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public PlanKind kind() {
    return kind;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public AudienceRule audience() {
    return audience;
  }

  public String audiencePath() {
    return audiencePath;
  }

  public BigDecimal minCreditHours() {
    return minCreditHours;
  }

  /** The completed share (0 to 1) the department aims at. */
  public BigDecimal targetRate() {
    return targetRate;
  }

  public Set<PlanItem> items() {
    return Set.copyOf(items);
  }

  public PlanStatus status() {
    return status;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
