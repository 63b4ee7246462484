package org.zhixing.policy.control;

import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.search.IndexedPolicy;

/** What of a document goes into the search index. */
final class PolicyIndexing {

  private PolicyIndexing() {}

  static IndexedPolicy toIndexed(PolicyDocument d) {
    return new IndexedPolicy(
        d.id(),
        d.docNumber(),
        d.title(),
        d.authority(),
        d.level().name(),
        d.issueDate(),
        d.status().name(),
        d.type().name(),
        d.tags(),
        d.body(),
        d.internal());
  }
}
