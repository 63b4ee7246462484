package org.zhixing.policy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.policy.entity.PolicyAttachment;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.entity.Publication;

/** Loads and stores policy documents and their files. */
@ApplicationScoped
public class PolicyRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(PolicyDocument document) {
    em.persist(document);
  }

  public void add(PolicyAttachment attachment) {
    em.persist(attachment);
  }

  public Optional<PolicyDocument> find(long id) {
    return em.createQuery(
            "select d from PolicyDocument d join fetch d.owner left join fetch d.supersededBy left join fetch d.tags where d.id = :id",
            PolicyDocument.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The summaries of the documents with these ids, by id: two small queries, no bodies read. */
  public Map<Long, PolicySummary> summaries(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> tags =
        em.createQuery("select d.id, t from PolicyDocument d join d.tags t where d.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    return em.createQuery(
            """
            select new org.zhixing.policy.control.PolicySummary(
              d.id, d.docNumber, d.title, d.authority, d.level, d.issueDate, d.status, d.type, d.internal, d.publication)
            from PolicyDocument d where d.id in :ids
            """,
            PolicySummary.class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(summary -> summary.withTags(tags.getOrDefault(summary.id(), List.of())))
        .collect(Collectors.toMap(PolicySummary::id, Function.identity()));
  }

  /** The documents with these ids and their tags, in no particular order. */
  public List<PolicyDocument> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select distinct d from PolicyDocument d left join fetch d.tags where d.id in :ids", PolicyDocument.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public PolicyDocument get(long id) {
    return find(id).orElseThrow(() -> new PolicyNotFoundException(id));
  }

  public Optional<PolicyDocument> findByDocNumberKey(String key) {
    return em.createQuery("select d from PolicyDocument d where d.docNumberKey = :key", PolicyDocument.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** The published documents after {@code afterId} in id order, with their tags: one slice of a rebuild. */
  public List<PolicyDocument> publishedAfter(long afterId, int limit) {
    List<Long> ids =
        em.createQuery(
                """
                select d.id from PolicyDocument d
                where d.publication = :published and d.id > :after order by d.id
                """,
                Long.class)
            .setParameter("published", Publication.PUBLISHED)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct d from PolicyDocument d left join fetch d.tags where d.id in :ids order by d.id",
            PolicyDocument.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public long countPublished() {
    return em.createQuery("select count(d) from PolicyDocument d where d.publication = :published", Long.class)
        .setParameter("published", Publication.PUBLISHED)
        .getSingleResult();
  }

  /** Documents owned anywhere in {@code scope}'s subtree, newest first, optionally in one publication state. */
  public Page<PolicyDocument> ownedWithin(OrgUnit scope, Publication publication, String titleContains, PageRequest page) {
    String where =
        " from PolicyDocument d join d.owner o where o.path like :prefix"
            + (publication == null ? "" : " and d.publication = :publication")
            + (titleContains == null ? "" : " and d.title like :title");
    var ids =
        em.createQuery("select d.id" + where + " order by d.issueDate desc, d.id desc", Long.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    var total = em.createQuery("select count(d)" + where, Long.class);
    for (var query : List.of(ids, total)) {
      query.setParameter("prefix", scope.path() + "%");
      if (publication != null) {
        query.setParameter("publication", publication);
      }
      if (titleContains != null) {
        query.setParameter("title", "%" + titleContains.replace("%", "").replace("_", "") + "%");
      }
    }
    return Page.of(inOrder(ids.getResultList()), page, total.getSingleResult());
  }

  /** The documents with these ids, tags loaded, in the order of the ids. */
  private List<PolicyDocument> inOrder(List<Long> ids) {
    Map<Long, PolicyDocument> byId =
        findAll(ids).stream().collect(Collectors.toMap(PolicyDocument::id, Function.identity()));
    return ids.stream().map(byId::get).toList();
  }

  /** Documents that this one replaced. */
  public List<PolicyDocument> supersededBy(PolicyDocument newer) {
    return em.createQuery("select d from PolicyDocument d where d.supersededBy = :newer order by d.issueDate", PolicyDocument.class)
        .setParameter("newer", newer)
        .getResultList();
  }

  public List<AttachmentInfo> attachmentsOf(PolicyDocument document) {
    return em.createQuery(
            """
            select new org.zhixing.policy.control.AttachmentInfo(a.id, a.fileName, a.mediaType, a.size)
            from PolicyAttachment a where a.policy = :document order by a.id
            """,
            AttachmentInfo.class)
        .setParameter("document", document)
        .getResultList();
  }

  public Optional<PolicyAttachment> attachment(PolicyDocument document, long attachmentId) {
    return em.createQuery("select a from PolicyAttachment a where a.policy = :document and a.id = :id", PolicyAttachment.class)
        .setParameter("document", document)
        .setParameter("id", attachmentId)
        .getResultStream()
        .findFirst();
  }
}
