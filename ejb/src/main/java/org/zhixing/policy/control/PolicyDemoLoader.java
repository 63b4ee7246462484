package org.zhixing.policy.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.zhixing.content.PolicyPack;
import org.zhixing.content.PolicySeed;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.entity.PolicyLevel;
import org.zhixing.policy.entity.PolicyMetadata;
import org.zhixing.policy.entity.PolicyType;
import org.zhixing.policy.search.DocNumbers;

/**
 * Loads the content pack's policy documents, published, into an empty library at deploy when demo content is on.
 * Separate from the org tree's loader so that a database that already has the tree still gets the library.
 */
@Singleton
@Startup
@DependsOn("DemoContentLoader")
public class PolicyDemoLoader {

  private static final Logger LOG = Logger.getLogger(PolicyDemoLoader.class.getName());

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject OrgDirectory org;

  @PostConstruct
  void loadWhenEmpty() {
    if (!Boolean.getBoolean("zhixing.content.demo") || libraryHasDocuments()) {
      return;
    }
    long started = System.nanoTime();
    Map<String, PolicyDocument> byKey = new HashMap<>();
    PolicyPack pack = PolicyPack.load();
    for (PolicySeed seed : pack.documents()) {
      PolicyDocument document = toDocument(seed);
      document.publish();
      em.persist(document);
      byKey.put(seed.key(), document);
    }
    for (PolicySeed seed : pack.documents()) {
      if (seed.supersededBy() != null) {
        byKey.get(seed.key()).supersedeBy(byKey.get(seed.supersededBy()));
      }
    }
    LOG.info(() -> "Loaded %d demo policy documents in %d ms"
        .formatted(byKey.size(), (System.nanoTime() - started) / 1_000_000));
  }

  private boolean libraryHasDocuments() {
    return !em.createQuery("select d.id from PolicyDocument d", Long.class).setMaxResults(1).getResultList().isEmpty();
  }

  private PolicyDocument toDocument(PolicySeed seed) {
    PolicyMetadata metadata =
        new PolicyMetadata(
            seed.docNumber(),
            seed.title(),
            seed.authority(),
            PolicyLevel.valueOf(seed.level()),
            seed.issueDate(),
            PolicyType.valueOf(seed.type()),
            seed.tags(),
            "INTERNAL".equals(seed.audience()));
    String key = seed.docNumber() == null ? null : DocNumbers.normalize(seed.docNumber());
    return new PolicyDocument(metadata, key, seed.body(), org.unitForSystem(seed.ownerUnitCode()));
  }
}
