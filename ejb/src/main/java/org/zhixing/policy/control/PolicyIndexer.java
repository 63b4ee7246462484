package org.zhixing.policy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Keeps the index in step with the database: after a change has committed (never before, so a rolled-back upload
 * leaves no trace in search), the document is indexed again, or removed when it is no longer published.
 */
@ApplicationScoped
public class PolicyIndexer {

  @Inject PolicySearchIndex index;
  @Inject PolicySlices slices;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyChanged change) {
    slices
        .indexable(change.id())
        .ifPresentOrElse(index.engine()::index, () -> index.engine().delete(change.id()));
  }
}
