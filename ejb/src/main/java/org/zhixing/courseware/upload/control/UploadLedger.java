package org.zhixing.courseware.upload.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.courseware.upload.entity.UploadStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.DomainException;

/**
 * The upload rows, each change in its own short transaction: writing a chunk to disk may take minutes on a village
 * link and holds no transaction open, only the offset it reached is recorded afterwards.
 */
@Stateless
public class UploadLedger {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject UploadSettings settings;

  public ResumableUpload add(ResumableUpload upload) {
    em.persist(upload);
    return upload;
  }

  /** The caller's upload; someone else's looks like none at all, an expired one is gone. */
  public ResumableUpload owned(String owner, UUID id) {
    ResumableUpload upload = em.find(ResumableUpload.class, id);
    if (upload == null || !upload.isOwnedBy(owner)) {
      throw new UploadNotFoundException(id.toString());
    }
    if (upload.isExpired(now())) {
      throw new UploadExpiredException(id.toString());
    }
    return upload;
  }

  public ResumableUpload advance(UUID id, long offset) {
    ResumableUpload upload = em.find(ResumableUpload.class, id);
    upload.advanceTo(offset, now(), settings.lifetime());
    return upload;
  }

  public ResumableUpload reject(UUID id, DomainException why) {
    ResumableUpload upload = em.find(ResumableUpload.class, id);
    upload.reject(why.type(), why.arguments(), now());
    return upload;
  }

  public void remove(UUID id) {
    ResumableUpload upload = em.find(ResumableUpload.class, id);
    if (upload != null) {
      em.remove(upload);
    }
  }

  public boolean exists(UUID id) {
    return em.find(ResumableUpload.class, id) != null;
  }

  /** The caller's uploads, newest first. */
  public Page<ResumableUpload> ofOwner(String owner, PageRequest page) {
    List<ResumableUpload> items =
        em.createQuery("select u from ResumableUpload u where u.owner = :owner order by u.createdAt desc, u.id",
                ResumableUpload.class)
            .setParameter("owner", owner)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("select count(u) from ResumableUpload u where u.owner = :owner", Long.class)
        .setParameter("owner", owner)
        .getSingleResult();
    return Page.of(items, page, total);
  }

  /** Unfinished uploads whose time ran out: their rows and staging files are removed by the cleanup. */
  public List<UUID> expired(int limit) {
    return em.createQuery("""
            select u.id from ResumableUpload u
            where u.status = :receiving and u.expiresAt <= :now order by u.expiresAt""", UUID.class)
        .setParameter("receiving", UploadStatus.RECEIVING)
        .setParameter("now", now())
        .setMaxResults(limit)
        .getResultList();
  }

  Instant now() {
    return Clock.systemUTC().instant();
  }
}
