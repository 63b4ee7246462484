package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionBank;

/** Loads and stores question banks and their questions. */
@ApplicationScoped
public class BankRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(QuestionBank bank) {
    em.persist(bank);
  }

  public void add(Question question) {
    em.persist(question);
  }

  public void remove(Question question) {
    em.remove(question);
  }

  /** Makes pending inserts visible, so that new rows have their ids for the answer. */
  public void flush() {
    em.flush();
  }

  public Optional<QuestionBank> find(long id) {
    return Optional.ofNullable(em.find(QuestionBank.class, id));
  }

  public Optional<Question> findQuestion(long bankId, long questionId) {
    return Optional.ofNullable(em.find(Question.class, questionId)).filter(q -> q.bank().id() == bankId);
  }

  /** Banks owned within the subtree at {@code scopePath}, and banks shared from the units above it; by name. */
  public Page<QuestionBank> usableWithin(String scopePath, PageRequest page) {
    String where = " from QuestionBank b where b.ownerUnitPath like :prefix"
        + " or (b.shared = true and :scope like concat(b.ownerUnitPath, '%'))";
    var banks = em.createQuery("select b" + where + " order by b.name, b.id", QuestionBank.class);
    var total = em.createQuery("select count(b)" + where, Long.class);
    for (TypedQuery<?> query : List.of(banks, total)) {
      query.setParameter("prefix", scopePath + "%").setParameter("scope", scopePath);
    }
    List<QuestionBank> items = banks.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(items, page, total.getSingleResult());
  }

  /** How many questions each of these banks holds. */
  public Map<Long, Long> questionCounts(Collection<Long> bankIds) {
    if (bankIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select q.bank.id, count(q) from Question q where q.bank.id in :ids group by q.bank.id", Object[].class)
        .setParameter("ids", bankIds)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  public Page<Question> questions(long bankId, QuestionFilter filter, PageRequest page) {
    var ids = em.createQuery("select q.id" + where(filter) + " order by q.id", Long.class);
    var total = em.createQuery("select count(q)" + where(filter), Long.class);
    bind(ids, bankId, filter);
    bind(total, bankId, filter);
    List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, Question> byId = byIds(pageIds);
    return Page.of(pageIds.stream().map(byId::get).toList(), page, total.getSingleResult());
  }

  /**
   * For each rule, the ids of its bank's questions that match it, in id order: what {@link PaperDraw} chooses from.
   * One indexed query of ids per rule, so a bank of many thousands of questions is never loaded to draw twenty.
   */
  public List<List<Long>> candidates(List<DrawRule> rules) {
    return rules.stream().map(rule -> {
      var filter = new QuestionFilter(rule.type(), rule.tag(), rule.difficulty(), null);
      var ids = em.createQuery("select q.id" + where(filter) + " order by q.id", Long.class);
      bind(ids, rule.bankId(), filter);
      return ids.getResultList();
    }).toList();
  }

  private static String where(QuestionFilter filter) {
    return " from Question q where q.bank.id = :bank"
        + (filter.type() == null ? "" : " and q.type = :type")
        + (filter.tag() == null ? "" : " and :tag member of q.tags")
        + (filter.difficulty() == null ? "" : " and q.difficulty = :difficulty")
        + (filter.text() == null ? "" : " and q.stem like :text");
  }

  private static void bind(TypedQuery<?> query, long bankId, QuestionFilter filter) {
    query.setParameter("bank", bankId);
    if (filter.type() != null) {
      query.setParameter("type", filter.type());
    }
    if (filter.tag() != null) {
      query.setParameter("tag", filter.tag());
    }
    if (filter.difficulty() != null) {
      query.setParameter("difficulty", filter.difficulty());
    }
    if (filter.text() != null) {
      query.setParameter("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
  }

  /** Every question of the banks, options and tags loaded: what a drawn paper chooses from, or an export writes. */
  public Map<Long, List<Question>> allOf(Collection<Long> bankIds) {
    if (bankIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select distinct q from Question q left join fetch q.tags where q.bank.id in :ids order by q.id",
            Question.class)
        .setParameter("ids", bankIds)
        .getResultList() // a list, not a stream: only the list drops the rows the fetch join repeats
        .stream()
        .collect(Collectors.groupingBy(q -> q.bank().id()));
  }

  /** Questions by id, options and tags loaded. */
  public Map<Long, Question> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select distinct q from Question q left join fetch q.options where q.id in :ids", Question.class)
        .setParameter("ids", ids)
        .getResultList() // a list, not a stream: only the list drops the rows the fetch join repeats
        .stream()
        .collect(Collectors.toMap(Question::id, Function.identity(), (same, repeated) -> same));
  }

  /** Whether a paper or an attempt refers to the question; such a question stays, so that results keep meaning. */
  public boolean isInUse(long questionId) {
    return !em.createNativeQuery("""
            select 1 from quiz_paper_question where question_id = ?1
            union all select 1 from quiz_attempt_item where question_id = ?1 limit 1""")
        .setParameter(1, questionId)
        .getResultList()
        .isEmpty();
  }
}
