package org.zhixing.policy.control;

import java.time.LocalDate;
import java.util.List;
import org.zhixing.policy.entity.PolicyLevel;
import org.zhixing.policy.entity.PolicyStatus;
import org.zhixing.policy.entity.PolicyType;
import org.zhixing.policy.entity.Publication;

/** A document as a result list shows it: its metadata without the body, which a page of hits never needs. */
public record PolicySummary(
    long id,
    String docNumber,
    String title,
    String authority,
    PolicyLevel level,
    LocalDate issueDate,
    PolicyStatus status,
    PolicyType type,
    boolean internal,
    Publication publication,
    List<String> tags) {

  /** The same without tags: the shape of the JPQL constructor expression, which cannot collect a collection. */
  public PolicySummary(long id, String docNumber, String title, String authority, PolicyLevel level,
      LocalDate issueDate, PolicyStatus status, PolicyType type, boolean internal, Publication publication) {
    this(id, docNumber, title, authority, level, issueDate, status, type, internal, publication, List.of());
  }

  PolicySummary withTags(List<String> tags) {
    return new PolicySummary(id, docNumber, title, authority, level, issueDate, status, type, internal, publication,
        List.copyOf(tags));
  }
}
