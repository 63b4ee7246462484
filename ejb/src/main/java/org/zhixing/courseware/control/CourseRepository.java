package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.Lesson;
import org.zhixing.courseware.entity.RevisionStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.persistence.IdLabels;

/** Loads and stores courses; lists return versions, since titles, status and audience live on the version. */
@ApplicationScoped
public class CourseRepository {

  /** The newest version of its course: the one a manager works on or looks at. */
  private static final String LATEST =
      "r.number = (select max(n.number) from CourseRevision n where n.course = r.course)";

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(Course course) {
    em.persist(course);
  }

  /** Makes pending inserts visible, so that new lessons and versions have their ids for the answer. */
  public void flush() {
    em.flush();
  }

  public Optional<Course> find(long id) {
    return em.createQuery("select c from Course c join fetch c.revisions where c.id = :id", Course.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Each course's title: its published version's, or its newest version's when none is published. */
  public Map<Long, String> titles(Collection<Long> courseIds) {
    return IdLabels.read(em, """
        select distinct on (course_id) course_id, title from course_revision where course_id in (:ids)
        order by course_id, status = 'PUBLISHED' desc, number desc
        """, courseIds);
  }

  public Course get(long id) {
    return find(id).orElseThrow(() -> new CourseNotFoundException(id));
  }

  /** Published versions offered to any of these units (a learner's own unit and those above it), newest first. */
  public Page<CourseRevision> publishedFor(Collection<String> unitCodes, String titleContains, PageRequest page) {
    String where =
        " from CourseRevision r where r.status = :published and r.offeredUnitCode in :codes"
            + (titleContains == null ? "" : " and r.title like :title");
    var ids = em.createQuery("select r.id" + where + " order by r.publishedAt desc, r.id desc", Long.class);
    var total = em.createQuery("select count(r)" + where, Long.class);
    for (TypedQuery<?> query : List.of(ids, total)) {
      query.setParameter("published", RevisionStatus.PUBLISHED).setParameter("codes", unitCodes);
      titleParameter(query, titleContains);
    }
    return page(ids, total, page);
  }

  /**
   * The newest versions of courses owned within the subtree at {@code scopePath} — and, with {@code orOffered}, of
   * courses offered within it (what an org admin reviews) — optionally in one status, most recently changed first.
   */
  public Page<CourseRevision> managedWithin(
      String scopePath, boolean orOffered, RevisionStatus status, String titleContains, PageRequest page) {
    String where =
        " from CourseRevision r join r.course c where " + LATEST
            + (orOffered
                ? " and (c.ownerUnitPath like :prefix or r.offeredUnitPath like :prefix)"
                : " and c.ownerUnitPath like :prefix")
            + (status == null ? "" : " and r.status = :status")
            + (titleContains == null ? "" : " and r.title like :title");
    var ids = em.createQuery("select r.id" + where + " order by r.updatedAt desc, r.id desc", Long.class);
    var total = em.createQuery("select count(r)" + where, Long.class);
    for (TypedQuery<?> query : List.of(ids, total)) {
      query.setParameter("prefix", scopePath + "%");
      if (status != null) {
        query.setParameter("status", status);
      }
      titleParameter(query, titleContains);
    }
    return page(ids, total, page);
  }

  /** Published versions that cite a policy document, by title. */
  public List<CourseRevision> publishedCiting(long policyId) {
    return em.createQuery(
            """
            select distinct r from CourseRevision r join fetch r.course left join fetch r.tags
            where r.status = :published and :policy member of r.policyIds order by r.title
            """,
            CourseRevision.class)
        .setParameter("published", RevisionStatus.PUBLISHED)
        .setParameter("policy", policyId)
        .getResultList();
  }

  public Optional<Lesson> findLesson(long lessonId) {
    return em.createQuery(
            "select l from Lesson l where l.id = :id", Lesson.class)
        .setParameter("id", lessonId)
        .getResultStream()
        .findFirst();
  }

  /** The published lesson with this key, if the course has a published version that still holds it. */
  public Optional<Lesson> findPublishedLesson(long courseId, UUID key) {
    return em.createQuery(
            """
            select l from Lesson l
            where l.revision.course.id = :course and l.revision.status = :published and l.key = :key
            """,
            Lesson.class)
        .setParameter("course", courseId)
        .setParameter("published", RevisionStatus.PUBLISHED)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static void titleParameter(TypedQuery<?> query, String titleContains) {
    if (titleContains != null) {
      query.setParameter("title", "%" + titleContains.replace("%", "").replace("_", "") + "%");
    }
  }

  /** One page of versions, their courses and tags loaded, in the order of the id query. */
  private Page<CourseRevision> page(TypedQuery<Long> idQuery, TypedQuery<Long> totalQuery, PageRequest page) {
    List<Long> ids = idQuery.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    if (ids.isEmpty()) {
      return Page.of(List.of(), page, totalQuery.getSingleResult());
    }
    Map<Long, CourseRevision> byId =
        em.createQuery(
                "select distinct r from CourseRevision r join fetch r.course left join fetch r.tags where r.id in :ids",
                CourseRevision.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(CourseRevision::id, Function.identity(), (same, twin) -> same));
    return Page.of(ids.stream().map(byId::get).toList(), page, totalQuery.getSingleResult());
  }
}
