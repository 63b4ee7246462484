package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhixing.schedule.entity.SessionLevel;
import org.zhixing.schedule.entity.SessionMode;

/**
 * How many credit hours an attended occurrence earns: by the session's mode and level ({@code session_credit_rule}, seeded by
 * V14 and changed by the city), unless the session sets its own ({@code session_credit}). Changing them affects
 * awards made afterwards; hours already awarded stay as they were.
 */
@ApplicationScoped
public class CreditRules {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** The hours of one mode at one level. */
  public record Rule(SessionMode mode, SessionLevel level, BigDecimal hours) {
    public Rule {
      checkHours(hours);
    }
  }

  @SuppressWarnings("unchecked")
  public List<Rule> all() {
    List<Object[]> rows = em.createNativeQuery("select mode, level, hours from session_credit_rule order by mode, level").getResultList();
    return rows.stream()
        .map(row -> new Rule(SessionMode.valueOf((String) row[0]), SessionLevel.valueOf((String) row[1]), (BigDecimal) row[2]))
        .toList();
  }

  public void set(Rule rule) {
    em.createNativeQuery("""
            insert into session_credit_rule (mode, level, hours) values (?1, ?2, ?3)
            on conflict (mode, level) do update set hours = excluded.hours
            """)
        .setParameter(1, rule.mode().name())
        .setParameter(2, rule.level().name())
        .setParameter(3, rule.hours())
        .executeUpdate();
  }

  public BigDecimal hoursOf(SessionMode mode, SessionLevel level) {
    return all().stream().filter(rule -> rule.mode() == mode && rule.level() == level).map(Rule::hours)
        .findFirst().orElse(BigDecimal.ZERO);
  }

  /** The session's own hours, if it sets them. */
  public Optional<BigDecimal> sessionHours(long sessionId) {
    return em.createNativeQuery("select hours from session_credit where session_id = ?1")
        .setParameter(1, sessionId)
        .getResultStream()
        .map(BigDecimal.class::cast)
        .findFirst();
  }

  /** Sets the session's own hours, or goes back to its mode's and level's when {@code hours} is empty. */
  public void setSessionHours(long sessionId, Optional<BigDecimal> hours) {
    em.createNativeQuery("delete from session_credit where session_id = ?1").setParameter(1, sessionId).executeUpdate();
    hours.ifPresent(value -> em.createNativeQuery("insert into session_credit (session_id, hours) values (?1, ?2)")
        .setParameter(1, sessionId)
        .setParameter(2, checkHours(value))
        .executeUpdate());
  }

  /** Hours go in half-hour steps (one decimal is what the table keeps) from 0 to 24. */
  static BigDecimal checkHours(BigDecimal hours) {
    if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0
        || hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
      throw new InvalidCreditHoursException(hours);
    }
    return hours;
  }
}
