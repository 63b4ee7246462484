package org.zhixing.policy.entity;

import java.time.LocalDate;
import java.util.List;

/** What an admin states about a document when uploading or editing it. */
public record PolicyMetadata(
    String docNumber,
    String title,
    String authority,
    PolicyLevel level,
    LocalDate issueDate,
    PolicyType type,
    List<String> tags,
    boolean internal) {

  public PolicyMetadata {
    docNumber = docNumber == null || docNumber.isBlank() ? null : docNumber.strip();
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a document needs a title");
    }
    if (authority == null || authority.isBlank()) {
      throw new IllegalArgumentException("a document needs an issuing authority");
    }
    if (level == null || issueDate == null || type == null) {
      throw new IllegalArgumentException("a document needs a level, an issue date and a type");
    }
    title = title.strip();
    authority = authority.strip();
    tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
  }
}
