package org.zhixing.schedule.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.platform.audience.AudienceRule;

/**
 * A training session on the campaign calendar (培训班次): one-off or recurring, held by an organizer unit, for an
 * audience given by rule and by name. It is edited as a draft, published (which fixes its audience) and may be
 * cancelled. Once published, single occurrences can still be moved or cancelled without touching the others.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  /** Training happens in China's one time zone; rules are expanded in its wall-clock time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionMode mode;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "organizer_code", nullable = false, updatable = false, length = 12)
  private String organizerCode;

  @Column(name = "organizer_path", nullable = false, updatable = false, length = 400)
  private String organizerPath;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(length = 300)
  private String rrule;

  @Embedded private Venue venue;

  @Embedded private AudienceRule audience;

  @ElementCollection
  @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "username")
  private Set<String> trainers = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "session_course", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "course_id")
  private Set<Long> courseIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "session_policy", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "policy_id")
  private Set<Long> policyIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "session_addition", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "username")
  private Set<String> additions = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "session_exception", joinColumns = @JoinColumn(name = "session_id"))
  private List<OccurrenceChange> changes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionStatus status;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected TrainingSession() {}

  public TrainingSession(SessionDetails details, String organizerCode, String organizerPath, String createdBy) {
    this.organizerCode = organizerCode;
    this.organizerPath = organizerPath;
    this.createdBy = createdBy;
    this.status = SessionStatus.DRAFT;
    apply(details);
  }

  /** Rewrites a draft; a published session changes only by moving or cancelling occurrences. */
  public void describe(SessionDetails details) {
    requireStatus(SessionStatus.DRAFT, "edit");
    apply(details);
    changes.clear();
  }

  /** Refuses early, before an audience is resolved for nothing, a session that is no longer a draft. */
  public void checkPublishable() {
    requireStatus(SessionStatus.DRAFT, "publish");
  }

  public void publish(Instant now) {
    checkPublishable();
    status = SessionStatus.PUBLISHED;
    publishedAt = now;
  }

  public void cancel() {
    if (status == SessionStatus.CANCELLED) {
      throw new SessionTransitionException(status.name(), "cancel");
    }
    status = SessionStatus.CANCELLED;
  }

  /** Cancels the occurrence the rule placed at {@code originalStart}; the others stay as they are. */
  public void cancelOccurrence(Instant originalStart) {
    change(OccurrenceChange.cancel(planned(originalStart).originalStart()));
  }

  /** Moves the occurrence the rule placed at {@code originalStart} to other times; the others stay as they are. */
  public void moveOccurrence(Instant originalStart, Instant start, Instant end) {
    change(OccurrenceChange.move(planned(originalStart).originalStart(), start, end));
  }

  /** Every occurrence, the exceptions applied, in the order the rule gives them. */
  public List<Occurrence> occurrences() {
    Map<Instant, OccurrenceChange> byStart =
        changes.stream().collect(Collectors.toMap(OccurrenceChange::originalStart, Function.identity()));
    return planned().stream()
        .map(planned -> byStart.containsKey(planned.originalStart()) ? byStart.get(planned.originalStart()).applyTo(planned) : planned)
        .toList();
  }

  private List<Occurrence> planned() {
    Duration length = Duration.between(startsAt, endsAt);
    if (rrule == null) {
      return List.of(new Occurrence(startsAt, startsAt, endsAt, false));
    }
    return RecurrenceRule.parse(rrule).starts(startsAt.atZone(ZONE).toLocalDateTime(), ZONE).stream()
        .map(local -> local.atZone(ZONE).toInstant())
        .map(start -> new Occurrence(start, start, start.plus(length), false))
        .toList();
  }

  private Occurrence planned(Instant originalStart) {
    return planned().stream()
        .filter(occurrence -> occurrence.originalStart().equals(originalStart))
        .findFirst()
        .orElseThrow(() -> new OccurrenceNotFoundException(id, originalStart));
  }

  private void change(OccurrenceChange change) {
    if (status == SessionStatus.CANCELLED) {
      throw new SessionTransitionException(status.name(), "change");
    }
    changes.removeIf(existing -> existing.originalStart().equals(change.originalStart()));
    changes.add(change);
  }

  private void apply(SessionDetails details) {
    level = details.level();
    mode = details.mode();
    title = details.title();
    startsAt = details.startsAt();
    endsAt = details.endsAt();
    rrule = details.rrule();
    venue = details.venue();
    audience = details.audience() == null ? AudienceRule.none() : details.audience();
    trainers.clear();
    trainers.addAll(details.trainers());
    courseIds.clear();
    courseIds.addAll(details.courseIds());
    policyIds.clear();
    policyIds.addAll(details.policyIds());
    additions.clear();
    additions.addAll(details.additions());
  }

  private void requireStatus(SessionStatus required, String step) {
    if (status != required) {
      throw new SessionTransitionException(status.name(), step);
    }
  }

  public Long id() {
    return id;
  }

  public SessionLevel level() {
    return level;
  }

  public SessionMode mode() {
    return mode;
  }

  public String title() {
    return title;
  }

  public String organizerCode() {
    return organizerCode;
  }

  public String organizerPath() {
    return organizerPath;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String rrule() {
    return rrule;
  }

  public Venue venue() {
    return venue;
  }

  public AudienceRule audience() {
    return audience != null && audience.isSet() ? audience : null;
  }

  public Set<String> trainers() {
    return Set.copyOf(trainers);
  }

  public Set<Long> courseIds() {
    return Set.copyOf(courseIds);
  }

  public Set<Long> policyIds() {
    return Set.copyOf(policyIds);
  }

  public Set<String> additions() {
    return Set.copyOf(additions);
  }

  public SessionStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version;
  }
}
