package org.zhixing.policy.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.search.IndexedPolicy;

/**
 * Reads published documents for the index in short transactions of their own: a rebuild of 100,000 documents walks
 * them slice by slice instead of holding one long transaction and every body in memory. Always a new transaction,
 * because the indexer calls in after another transaction has completed, while that one is still on the thread.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PolicySlices {

  @Inject PolicyRepository repository;

  public List<IndexedPolicy> publishedAfter(long afterId, int limit) {
    return repository.publishedAfter(afterId, limit).stream().map(PolicyIndexing::toIndexed).toList();
  }

  public long countPublished() {
    return repository.countPublished();
  }

  /** The document as the index should hold it, or empty when it must not be in the index. */
  public Optional<IndexedPolicy> indexable(long id) {
    return repository.find(id).filter(PolicyDocument::isPublished).map(PolicyIndexing::toIndexed);
  }
}
