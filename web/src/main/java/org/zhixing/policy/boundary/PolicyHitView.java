package org.zhixing.policy.boundary;

import java.time.LocalDate;
import java.util.List;
import org.zhixing.policy.control.HtmlText;
import org.zhixing.policy.control.PolicySummary;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.search.PolicyHit;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are HTML in which everything is escaped except the
 * {@code <mark>} around the query's hits, so that clients may insert them as markup.
 */
public record PolicyHitView(
    long id,
    String docNumber,
    String title,
    String titleHtml,
    String snippetHtml,
    String authority,
    String level,
    LocalDate issueDate,
    String status,
    String type,
    List<String> tags,
    boolean internal,
    String publication) {

  static PolicyHitView of(PolicyHit hit, PolicySummary d) {
    return new PolicyHitView(
        d.id(), d.docNumber(), d.title(), hit.titleHtml(), hit.snippetHtml(), d.authority(), d.level().name(),
        d.issueDate(), d.status().name(), d.type().name(), d.tags(), d.internal(), d.publication().name());
  }

  /** A managed document in the admin list: no search hit, so the title is only escaped. */
  static PolicyHitView of(PolicyDocument d) {
    String title = HtmlText.escape(d.title());
    return new PolicyHitView(
        d.id(), d.docNumber(), d.title(), title, "", d.authority(), d.level().name(), d.issueDate(),
        d.status().name(), d.type().name(), d.tags(), d.internal(), d.publication().name());
  }
}
