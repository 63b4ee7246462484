package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a paper's analysis, each one grouped statement over its graded attempts (status {@code GRADED}: an
 * attempt waiting for a trainer has no score yet), so that a paper taken by 5,000 learners is read in one pass per
 * figure, never attempt by attempt. An answer counts as correct when it earned the question's full points.
 */
@ApplicationScoped
public class PaperStatistics {

  /** Number of histogram buckets: tenths of the highest score. */
  public static final int BUCKETS = 10;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Graded attempts, passed ones, the mean and highest possible score; and attempts still waiting for a grade. */
  public record Summary(long graded, long passed, BigDecimal meanScore, BigDecimal maxScore, long awaitingGrading) {}

  /** Graded attempts of learners of one unit (their unit when they started). */
  public record UnitTally(String unitCode, long graded, long passed, BigDecimal scoreSum) {}

  /** Wrong choices of one question: the key chosen most often and how often. */
  public record WrongOption(long questionId, String key, long chosen) {}

  /** How the answers to questions carrying a tag fared. */
  public record TagTally(String tag, long asked, long correct) {}

  public Summary summary(long paperId) {
    Object[] row = (Object[]) em.createNativeQuery("""
            select count(*) filter (where a.status = 'GRADED'),
                   count(*) filter (where a.status = 'GRADED' and a.passed),
                   avg(a.score) filter (where a.status = 'GRADED'),
                   (select max(total) from (select sum(i.points) as total from quiz_attempt_item i
                                            join quiz_attempt b on b.id = i.attempt_id
                                            where b.paper_id = ?1 group by i.attempt_id) totals),
                   count(*) filter (where a.status = 'AWAITING_GRADING')
            from quiz_attempt a where a.paper_id = ?1""")
        .setParameter(1, paperId)
        .getSingleResult();
    return new Summary(count(row[0]), count(row[1]), decimal(row[2]), decimal(row[3]), count(row[4]));
  }

  /**
   * Graded attempts per tenth of their highest possible score: index 0 holds scores below 10 %, index 9 those of
   * 90 % and more (full marks included).
   */
  public long[] histogram(long paperId) {
    long[] buckets = new long[BUCKETS];
    List<Object[]> rows = rows(em.createNativeQuery("""
            select least(width_bucket(a.score / nullif(t.total, 0), 0, 1, ?2), ?2) as bucket, count(*)
            from quiz_attempt a
            join (select attempt_id, sum(points) as total from quiz_attempt_item group by attempt_id) t on t.attempt_id = a.id
            where a.paper_id = ?1 and a.status = 'GRADED'
            group by bucket""")
        .setParameter(1, paperId)
        .setParameter(2, BUCKETS)
        .getResultList());
    for (Object[] row : rows) {
      int bucket = row[0] == null ? 1 : ((Number) row[0]).intValue();
      buckets[Math.max(bucket, 1) - 1] += count(row[1]);
    }
    return buckets;
  }

  public List<UnitTally> byUnit(long paperId) {
    List<Object[]> rows = rows(em.createNativeQuery("""
            select a.org_unit_code, count(*), count(*) filter (where a.passed), sum(a.score)
            from quiz_attempt a
            where a.paper_id = ?1 and a.status = 'GRADED' and a.org_unit_code is not null
            group by a.org_unit_code""")
        .setParameter(1, paperId)
        .getResultList());
    return rows.stream().map(r -> new UnitTally((String) r[0], count(r[1]), count(r[2]), decimal(r[3]))).toList();
  }

  /**
   * Per question: answers asked, answered, correct, and the same within the best and the worst {@code groupSize}
   * graded attempts by score (ties broken by the earlier submission), for the discrimination index.
   */
  public List<QuestionTally> questions(long paperId, int groupSize) {
    List<Object[]> rows = rows(em.createNativeQuery("""
            with graded as (
              select a.id,
                     row_number() over (order by a.score desc, a.submitted_at, a.id) as from_top,
                     row_number() over (order by a.score, a.submitted_at desc, a.id desc) as from_bottom
              from quiz_attempt a where a.paper_id = ?1 and a.status = 'GRADED'
            ), answers as (
              select i.question_id, i.score >= i.points as correct,
                     coalesce(array_length(array_remove(i.response, ''), 1), 0) > 0 as answered,
                     g.from_top <= ?2 as upper, g.from_bottom <= ?2 as lower
              from quiz_attempt_item i join graded g on g.id = i.attempt_id
            )
            select question_id, count(*), count(*) filter (where answered), count(*) filter (where correct),
                   count(*) filter (where upper), count(*) filter (where upper and correct),
                   count(*) filter (where lower), count(*) filter (where lower and correct)
            from answers group by question_id order by question_id""")
        .setParameter(1, paperId)
        .setParameter(2, groupSize)
        .getResultList());
    return rows.stream()
        .map(r -> new QuestionTally(count(r[0]), count(r[1]), count(r[2]), count(r[3]),
            new QuestionTally.Group(count(r[4]), count(r[5])), new QuestionTally.Group(count(r[6]), count(r[7]))))
        .toList();
  }

  /**
   * The wrong option chosen most often for each choice question (a key A–F not in the answer; the earlier key on a
   * tie), from the keys the learners sent.
   */
  public List<WrongOption> wrongOptions(long paperId) {
    List<Object[]> rows = rows(em.createNativeQuery("""
            select distinct on (i.question_id) i.question_id, upper(btrim(k.key)) as chosen, count(*)
            from quiz_attempt a
            join quiz_attempt_item i on i.attempt_id = a.id
            join quiz_question q on q.id = i.question_id and q.type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')
            cross join lateral unnest(i.response) as k(key)
            where a.paper_id = ?1 and a.status = 'GRADED'
              and upper(btrim(k.key)) ~ '^[A-F]$' and strpos(q.answer, upper(btrim(k.key))) = 0
            group by i.question_id, chosen
            order by i.question_id, count(*) desc, chosen""")
        .setParameter(1, paperId)
        .getResultList());
    return rows.stream().map(r -> new WrongOption(count(r[0]), (String) r[1], count(r[2]))).toList();
  }

  /** The tags whose questions were answered worst, lowest share correct first (then the most asked). */
  public List<TagTally> weakestTags(long paperId, int limit) {
    List<Object[]> rows = rows(em.createNativeQuery("""
            select t.tag, count(*), count(*) filter (where i.score >= i.points)
            from quiz_attempt a
            join quiz_attempt_item i on i.attempt_id = a.id
            join quiz_question_tag t on t.question_id = i.question_id
            where a.paper_id = ?1 and a.status = 'GRADED'
            group by t.tag
            order by count(*) filter (where i.score >= i.points)::numeric / count(*), count(*) desc, t.tag
            limit ?2""")
        .setParameter(1, paperId)
        .setParameter(2, limit)
        .getResultList());
    return rows.stream().map(r -> new TagTally((String) r[0], count(r[1]), count(r[2]))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> result) {
    return (List<Object[]>) result;
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }
}
