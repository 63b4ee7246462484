package org.zhixing.courseware.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course (课程): the stable identity that learners, plans and progress refer to, owned by an org unit whose trainers
 * and admins look after it, and its versions. The workflow runs on the newest version:
 *
 * <pre>
 *   DRAFT --submit--> SUBMITTED --approve--> PUBLISHED --retire--> RETIRED
 *     ^                   |                      |
 *     +------reject-------+                      +--newVersion--> a new DRAFT (the published one stays in force)
 * </pre>
 *
 * Approving a newer version supersedes the one in force, so a course has at most one published version and at most
 * one version being worked on.
 */
@Entity
@Table(name = "course")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_unit_code", nullable = false, length = 12)
  private String ownerUnitCode;

  @Column(name = "owner_unit_path", nullable = false, length = 200)
  private String ownerUnitPath;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<CourseRevision> revisions = new ArrayList<>();

  @Version private long version;

  protected Course() {}

  /** A new course, its first version a draft with this metadata. */
  public Course(String ownerUnitCode, String ownerUnitPath, CourseMetadata metadata, String author) {
    this.ownerUnitCode = Objects.requireNonNull(ownerUnitCode, "ownerUnitCode");
    this.ownerUnitPath = Objects.requireNonNull(ownerUnitPath, "ownerUnitPath");
    this.createdBy = Objects.requireNonNull(author, "author");
    revisions.add(new CourseRevision(this, 1, metadata, author));
  }

  /** The newest version: the one being worked on, or else the one in force or retired. */
  public CourseRevision latest() {
    return revisions.getLast();
  }

  public Optional<CourseRevision> published() {
    return revisions.stream().filter(r -> r.status() == RevisionStatus.PUBLISHED).findFirst();
  }

  /** The version authors may edit: the newest, if it is a draft. */
  public CourseRevision draft() {
    CourseRevision latest = latest();
    if (latest.status() != RevisionStatus.DRAFT) {
      throw new CourseTransitionException("edit", latest.status().name());
    }
    return latest;
  }

  public CourseStatus status() {
    return CourseStatus.of(latest().status());
  }

  public void submit(String editor) {
    latest().submit(editor);
  }

  /** Publishes the submitted version; the version in force until now, if any, is superseded. */
  public void approve(String reviewer) {
    CourseRevision submitted = latest();
    if (submitted.status() != RevisionStatus.SUBMITTED) {
      throw new CourseTransitionException("approve", submitted.status().name());
    }
    published().ifPresent(CourseRevision::supersede);
    submitted.approve(reviewer);
  }

  public void reject(String reviewer, String comment) {
    latest().reject(reviewer, comment);
  }

  /** Withdraws the published course from learners; not while a newer version is being worked on. */
  public void retire(String admin) {
    latest().retire(admin);
  }

  /** Starts the next version as a draft copy of the published one, lesson keys and all. */
  public CourseRevision newVersion(String editor) {
    CourseRevision current = latest();
    if (current.status() != RevisionStatus.PUBLISHED) {
      throw new CourseTransitionException("revise", current.status().name());
    }
    CourseRevision next = current.nextDraft(editor);
    revisions.add(next);
    return next;
  }

  public Long id() {
    return id;
  }

  public String ownerUnitCode() {
    return ownerUnitCode;
  }

  public String ownerUnitPath() {
    return ownerUnitPath;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<CourseRevision> revisions() {
    return List.copyOf(revisions);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Course other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Course.class.hashCode();
  }
}
