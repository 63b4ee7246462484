package org.zhixing.courseware.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One lesson of a course version. Two identities matter to other features:
 *
 * <ul>
 *   <li>the <b>lesson key</b>, a UUID given when the lesson is first added and carried unchanged into every later
 *       version of the course, so that "the same lesson" can be recognised across versions;
 *   <li>the <b>content fingerprint</b>, a SHA-256 over what the learner must do (kind, asset id, the text of an HTML
 *       lesson, the completion rule). A title, position or required flag change leaves it as it is.
 * </ul>
 *
 * Tracking keeps a learner's progress on a lesson key as long as the fingerprint it was earned under is the
 * fingerprint of the published lesson; a changed fingerprint means the lesson is new to everyone.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id")
  private CourseRevision revision;

  @Column(nullable = false)
  private int position;

  @Column(name = "lesson_key", nullable = false)
  private UUID key;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private AssetKind kind;

  @Column(name = "asset_id")
  private UUID assetId;

  @Column(name = "body_html", columnDefinition = "text")
  private String bodyHtml;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  @Column(name = "page_count")
  private Integer pageCount;

  @Column(nullable = false)
  private boolean required;

  @Embedded private CompletionRule rule;

  protected Lesson() {}

  Lesson(CourseRevision revision, UUID key, String title, LessonContent content, boolean required, CompletionRule rule) {
    this.revision = Objects.requireNonNull(revision, "revision");
    this.key = Objects.requireNonNull(key, "key");
    change(title, content, required, rule);
  }

  /** A copy for the next version of the course: same key, same content, so the same fingerprint. */
  Lesson copyInto(CourseRevision next) {
    Lesson copy = new Lesson(next, key, title, content(), required, rule);
    copy.position = position;
    return copy;
  }

  void change(String title, LessonContent content, boolean required, CompletionRule rule) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a lesson needs a title");
    }
    this.title = title.strip();
    this.kind = content.kind();
    this.assetId = content.assetId();
    this.bodyHtml = content.bodyHtml();
    this.durationSeconds = content.durationSeconds();
    this.pageCount = content.pageCount();
    this.required = required;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  void moveTo(int position) {
    this.position = position;
  }

  /** Hex SHA-256 of what completing this lesson means; see the class comment for the contract. */
  public String fingerprint() {
    String canonical =
        String.join("|", kind.name(), String.valueOf(assetId), bodyHtml == null ? "-" : sha256(bodyHtml), rule.canonical());
    return sha256(canonical);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public LessonContent content() {
    return new LessonContent(kind, assetId, bodyHtml, durationSeconds, pageCount);
  }

  public Long id() {
    return id;
  }

  public CourseRevision revision() {
    return revision;
  }

  public int position() {
    return position;
  }

  public UUID key() {
    return key;
  }

  public String title() {
    return title;
  }

  public AssetKind kind() {
    return kind;
  }

  public UUID assetId() {
    return assetId;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public Integer durationSeconds() {
    return durationSeconds;
  }

  public Integer pageCount() {
    return pageCount;
  }

  public boolean required() {
    return required;
  }

  public CompletionRule rule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Lesson other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Lesson.class.hashCode();
  }
}
