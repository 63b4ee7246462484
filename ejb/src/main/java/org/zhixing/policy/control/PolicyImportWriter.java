package org.zhixing.policy.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.policy.entity.PolicyAttachment;
import org.zhixing.policy.entity.PolicyDocument;

/** Stores a validated import in one transaction: every document, or — if anything fails — none. */
@Stateless
public class PolicyImportWriter {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject Event<PolicyChanged> changed;

  /** The document number keys among {@code keys} that other documents already have. */
  public List<String> takenKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d.docNumberKey from PolicyDocument d where d.docNumberKey in :keys", String.class)
        .setParameter("keys", keys)
        .getResultList();
  }

  public void store(List<ImportRow> rows, long ownerUnitId, boolean publish) {
    OrgUnit owner = em.find(OrgUnit.class, ownerUnitId);
    for (ImportRow row : rows) {
      PolicyDocument document = new PolicyDocument(row.metadata(), row.docNumberKey(), row.text().text(), owner);
      if (publish) {
        document.publish();
      }
      em.persist(document);
      em.persist(new PolicyAttachment(document, row.file().fileName(), row.text().mediaType(),
          Checksums.sha256(row.file().content()), row.file().content()));
      changed.fire(new PolicyChanged(document.id()));
    }
  }
}
