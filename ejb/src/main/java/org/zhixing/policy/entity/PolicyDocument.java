package org.zhixing.policy.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhixing.org.entity.OrgUnit;

/**
 * A policy document (文件) in the library: its metadata, its text, who owns it (the unit whose admins manage it), and
 * where it is in its life — draft, published, unpublished; in force or superseded by a newer document.
 */
@Entity
@Table(name = "policy_document")
public class PolicyDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "doc_number", length = 60)
  private String docNumber;

  @Column(name = "doc_number_key", length = 60)
  private String docNumberKey;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 100)
  private String authority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PolicyLevel level;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PolicyStatus status = PolicyStatus.IN_FORCE;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "superseded_by_id")
  private PolicyDocument supersededBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PolicyType type;

  @Column(nullable = false)
  private boolean internal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Publication publication = Publication.DRAFT;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_unit_id")
  private OrgUnit owner;

  @Column(nullable = false, columnDefinition = "text")
  private String body;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "policy_tag", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "tag", length = 40)
  private List<String> tags = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected PolicyDocument() {}

  public PolicyDocument(PolicyMetadata metadata, String docNumberKey, String body, OrgUnit owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
    describe(metadata, docNumberKey);
    replaceBody(body);
  }

  /** Takes new metadata; the document number key is the normalized number, which keeps numbers unique. */
  public void describe(PolicyMetadata metadata, String docNumberKey) {
    this.docNumber = metadata.docNumber();
    this.docNumberKey = metadata.docNumber() == null ? null : Objects.requireNonNull(docNumberKey, "docNumberKey");
    this.title = metadata.title();
    this.authority = metadata.authority();
    this.level = metadata.level();
    this.issueDate = metadata.issueDate();
    this.type = metadata.type();
    this.internal = metadata.internal();
    this.tags = new ArrayList<>(metadata.tags());
    touch();
  }

  public void replaceBody(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a document needs text");
    }
    this.body = text.strip();
    touch();
  }

  public void publish() {
    publication = Publication.PUBLISHED;
    touch();
  }

  public void unpublish() {
    publication = Publication.UNPUBLISHED;
    touch();
  }

  /** Marks this document as replaced by {@code newer}, which stays in force. */
  public void supersedeBy(PolicyDocument newer) {
    if (newer == this || newer.equals(this)) {
      throw new IllegalArgumentException("a document cannot supersede itself");
    }
    if (newer.status == PolicyStatus.SUPERSEDED) {
      throw new IllegalArgumentException("the newer document is itself superseded");
    }
    supersededBy = newer;
    status = PolicyStatus.SUPERSEDED;
    touch();
  }

  public boolean isPublished() {
    return publication == Publication.PUBLISHED;
  }

  private void touch() {
    updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public String docNumber() {
    return docNumber;
  }

  public String title() {
    return title;
  }

  public String authority() {
    return authority;
  }

  public PolicyLevel level() {
    return level;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public PolicyStatus status() {
    return status;
  }

  public PolicyDocument supersededBy() {
    return supersededBy;
  }

  public PolicyType type() {
    return type;
  }

  public boolean internal() {
    return internal;
  }

  public Publication publication() {
    return publication;
  }

  public OrgUnit owner() {
    return owner;
  }

  public String body() {
    return body;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyDocument other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return PolicyDocument.class.hashCode();
  }
}
