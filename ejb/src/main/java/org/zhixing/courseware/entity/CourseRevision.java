package org.zhixing.courseware.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a course: its metadata, policy links and ordered lessons, and where it stands in the workflow. Only
 * a {@code DRAFT} can be edited; the {@link Course} moves versions from state to state.
 */
@Entity
@Table(name = "course_revision")
public class CourseRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RevisionStatus status = RevisionStatus.DRAFT;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, columnDefinition = "text")
  private String summary;

  @Column(name = "cover_asset_id")
  private UUID coverAssetId;

  @Column(name = "credit_hours", nullable = false, precision = 5, scale = 1)
  private BigDecimal creditHours;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "offered_unit_code", nullable = false, length = 12)
  private String offeredUnitCode;

  @Column(name = "offered_unit_path", nullable = false, length = 200)
  private String offeredUnitPath;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_revision_tag", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "tag", length = 40)
  private Set<String> tags = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_revision_policy", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "policy_id")
  private Set<Long> policyIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  @Column(name = "review_comment", length = 1000)
  private String reviewComment;

  @Column(name = "edited_by", nullable = false, length = 100)
  private String editedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  protected CourseRevision() {}

  CourseRevision(Course course, int number, CourseMetadata metadata, String editor) {
    this.course = Objects.requireNonNull(course, "course");
    this.number = number;
    describe(metadata, editor);
  }

  /** The next version, a draft with this one's metadata and lessons (same keys, same fingerprints). */
  CourseRevision nextDraft(String editor) {
    CourseRevision next = new CourseRevision(course, number + 1, metadata(), editor);
    lessons.forEach(lesson -> next.lessons.add(lesson.copyInto(next)));
    return next;
  }

  public void describe(CourseMetadata metadata, String editor) {
    requireDraft("edit");
    this.title = metadata.title();
    this.summary = metadata.summary();
    this.coverAssetId = metadata.coverAssetId();
    this.creditHours = metadata.creditHours();
    this.required = metadata.required();
    this.tags = new LinkedHashSet<>(metadata.tags());
    this.offeredUnitCode = metadata.offeredUnitCode();
    this.offeredUnitPath = metadata.offeredUnitPath();
    this.policyIds = new LinkedHashSet<>(metadata.policyIds());
    touch(editor);
  }

  public Lesson addLesson(String title, LessonContent content, boolean required, CompletionRule rule, String editor) {
    requireDraft("edit");
    Lesson lesson = new Lesson(this, UUID.randomUUID(), title, content, required, rule);
    lesson.moveTo(lessons.size());
    lessons.add(lesson);
    touch(editor);
    return lesson;
  }

  public Lesson changeLesson(UUID key, String title, LessonContent content, boolean required, CompletionRule rule, String editor) {
    requireDraft("edit");
    Lesson lesson = lesson(key);
    lesson.change(title, content, required, rule);
    touch(editor);
    return lesson;
  }

  public void removeLesson(UUID key, String editor) {
    requireDraft("edit");
    lessons.remove(lesson(key));
    renumber();
    touch(editor);
  }

  /** Puts the lessons in the given order of keys, which must name every lesson of this version exactly once. */
  public void reorder(List<UUID> keys, String editor) {
    requireDraft("edit");
    Set<UUID> current = new HashSet<>(lessons.stream().map(Lesson::key).toList());
    if (keys.size() != lessons.size() || !current.equals(new HashSet<>(keys))) {
      throw new LessonOrderMismatchException(lessons.size());
    }
    lessons.sort(Comparator.comparingInt(lesson -> keys.indexOf(lesson.key())));
    renumber();
    touch(editor);
  }

  public Lesson lesson(long lessonId) {
    return lessons.stream()
        .filter(lesson -> lesson.id() != null && lesson.id() == lessonId)
        .findFirst()
        .orElseThrow(() -> new LessonNotFoundException(lessonId));
  }

  public Lesson lesson(UUID key) {
    return lessons.stream()
        .filter(lesson -> lesson.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new LessonNotFoundException(key.toString()));
  }

  private void renumber() {
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).moveTo(i);
    }
  }

  void submit(String editor) {
    requireDraft("submit");
    if (lessons.isEmpty()) {
      throw new EmptyCourseException(title);
    }
    status = RevisionStatus.SUBMITTED;
    submittedAt = Instant.now();
    reviewComment = null;
    touch(editor);
  }

  void approve(String reviewer) {
    require(RevisionStatus.SUBMITTED, "approve");
    status = RevisionStatus.PUBLISHED;
    reviewedBy = reviewer;
    publishedAt = Instant.now();
    updatedAt = publishedAt;
  }

  void reject(String reviewer, String comment) {
    require(RevisionStatus.SUBMITTED, "reject");
    if (comment == null || comment.isBlank()) {
      throw new ReviewCommentRequiredException(title);
    }
    status = RevisionStatus.DRAFT;
    reviewedBy = reviewer;
    reviewComment = comment.strip();
    updatedAt = Instant.now();
  }

  void supersede() {
    require(RevisionStatus.PUBLISHED, "supersede");
    status = RevisionStatus.SUPERSEDED;
  }

  void retire(String admin) {
    require(RevisionStatus.PUBLISHED, "retire");
    status = RevisionStatus.RETIRED;
    touch(admin);
  }

  private void requireDraft(String action) {
    require(RevisionStatus.DRAFT, action);
  }

  private void require(RevisionStatus expected, String action) {
    if (status != expected) {
      throw new CourseTransitionException(action, status.name());
    }
  }

  private void touch(String editor) {
    editedBy = Objects.requireNonNull(editor, "editor");
    updatedAt = Instant.now();
  }

  public CourseMetadata metadata() {
    return new CourseMetadata(
        title, summary, coverAssetId, creditHours, required, List.copyOf(tags), offeredUnitCode, offeredUnitPath,
        List.copyOf(policyIds));
  }

  /** Whether a learner attached to the unit at this path lies in the audience. */
  public boolean isOfferedTo(String unitPath) {
    return unitPath.startsWith(offeredUnitPath);
  }

  /** Whether the audience lies inside the subtree at this path, as seen by that subtree's admins. */
  public boolean isOfferedWithin(String scopePath) {
    return offeredUnitPath.startsWith(scopePath);
  }

  public Long id() {
    return id;
  }

  public Course course() {
    return course;
  }

  public int number() {
    return number;
  }

  public RevisionStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public UUID coverAssetId() {
    return coverAssetId;
  }

  public BigDecimal creditHours() {
    return creditHours;
  }

  public boolean required() {
    return required;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public String offeredUnitCode() {
    return offeredUnitCode;
  }

  public List<Lesson> lessons() {
    return List.copyOf(lessons);
  }

  public String reviewComment() {
    return reviewComment;
  }

  public String editedBy() {
    return editedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CourseRevision other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return CourseRevision.class.hashCode();
  }
}
