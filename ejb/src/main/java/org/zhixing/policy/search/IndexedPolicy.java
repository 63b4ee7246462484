package org.zhixing.policy.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A policy document as the search index sees it.
 *
 * @param docNumber the 文号 as printed (豫组〔2022〕12号), or null when the document has none
 * @param level PROVINCE, CITY, COUNTY or TOWNSHIP
 * @param status IN_FORCE or SUPERSEDED
 * @param type NOTICE, OPINION, MEASURES, PLAN, STANDARD, RULES, INTERPRETATION or QA
 * @param internal whether only staff may see it
 */
public record IndexedPolicy(
    long id,
    String docNumber,
    String title,
    String authority,
    String level,
    LocalDate issueDate,
    String status,
    String type,
    List<String> tags,
    String body,
    boolean internal) {

  public IndexedPolicy {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    authority = authority == null ? "" : authority;
    body = body == null ? "" : body;
    tags = tags == null ? List.of() : tags.stream().filter(tag -> tag != null && !tag.isBlank()).toList();
  }
}
