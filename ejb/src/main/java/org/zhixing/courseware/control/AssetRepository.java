package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/** Loads and stores media assets. */
@ApplicationScoped
public class AssetRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(MediaAsset asset) {
    em.persist(asset);
  }

  public Optional<MediaAsset> find(UUID id) {
    return Optional.ofNullable(em.find(MediaAsset.class, id));
  }

  public MediaAsset get(UUID id) {
    return find(id).orElseThrow(() -> new AssetNotFoundException(id.toString()));
  }

  /** The assets owned within the subtree whose root has this path, newest first. */
  public Page<MediaAsset> ownedWithin(String subtreePath, PageRequest page) {
    var items = em.createQuery(
            """
            select a from MediaAsset a where a.ownerUnitPath like :prefix
            order by a.createdAt desc, a.id
            """,
            MediaAsset.class)
        .setParameter("prefix", subtreePath + "%")
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(a) from MediaAsset a where a.ownerUnitPath like :prefix", Long.class)
        .setParameter("prefix", subtreePath + "%")
        .getSingleResult();
    return Page.of(items, page, total);
  }
}
