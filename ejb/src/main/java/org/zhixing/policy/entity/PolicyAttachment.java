package org.zhixing.policy.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The file a document was uploaded as (PDF, Word, HTML, text). Kept in the database next to the extracted text so that
 * a document and its file are written, or rolled back, together.
 */
@Entity
@Table(name = "policy_attachment")
public class PolicyAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id")
  private PolicyDocument policy;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected PolicyAttachment() {}

  public PolicyAttachment(PolicyDocument policy, String fileName, String mediaType, String sha256, byte[] content) {
    this.policy = policy;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sha256 = sha256;
    this.content = content;
    this.size = content.length;
  }

  public Long id() {
    return id;
  }

  public PolicyDocument policy() {
    return policy;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public byte[] content() {
    return content;
  }
}
