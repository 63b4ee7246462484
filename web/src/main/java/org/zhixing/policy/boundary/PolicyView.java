package org.zhixing.policy.boundary;

import java.time.LocalDate;
import java.util.List;
import org.zhixing.policy.control.AttachmentInfo;
import org.zhixing.policy.control.PolicyDetails;
import org.zhixing.policy.entity.PolicyDocument;

/** A document for its reader; {@code bodyHtml} is escaped paragraphs with the reader's query in {@code <mark>}. */
public record PolicyView(
    long id,
    String docNumber,
    String title,
    String authority,
    String level,
    LocalDate issueDate,
    String status,
    String type,
    List<String> tags,
    boolean internal,
    String publication,
    String bodyHtml,
    PolicyRef supersededBy,
    List<PolicyRef> supersedes,
    List<AttachmentInfo> attachments) {

  /** Another document, by name. */
  public record PolicyRef(long id, String title, String docNumber) {
    static PolicyRef of(PolicyDocument d) {
      return d == null ? null : new PolicyRef(d.id(), d.title(), d.docNumber());
    }
  }

  static PolicyView of(PolicyDetails details) {
    PolicyDocument d = details.document();
    return new PolicyView(
        d.id(), d.docNumber(), d.title(), d.authority(), d.level().name(), d.issueDate(), d.status().name(),
        d.type().name(), d.tags(), d.internal(), d.publication().name(), details.bodyHtml(),
        PolicyRef.of(d.supersededBy()), details.supersedes().stream().map(PolicyRef::of).toList(),
        details.attachments());
  }
}
