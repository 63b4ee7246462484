package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.audit.AuditLog;
import org.zhixing.platform.audit.AuditSubject;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.CreditRules;
import org.zhixing.schedule.control.CreditRules.Rule;
import org.zhixing.schedule.control.CreditRulesCityOnlyException;
import org.zhixing.schedule.control.DivisionCodes;
import org.zhixing.schedule.control.OccurrenceAccess;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * The credit hours (学时) sessions earn: by mode and level for the whole city, changed only by admins whose scope is
 * the city; and a session's own hours, set by its organizers. Both changes are audited. Hours awarded before a change
 * stay as they were.
 */
@Stateless
public class CreditHours {

  @Inject CreditRules rules;
  @Inject OccurrenceAccess access;
  @Inject OrgDirectory org;
  @Inject AuditLog audit;

  /** A session's hours: those of its mode and level, its own if set, and the ones its attendance earns. */
  public record SessionHours(BigDecimal ruleHours, BigDecimal ownHours, BigDecimal hours) {}

  public List<Rule> rules() {
    return rules.all();
  }

  /** Sets the hours of these modes and levels; the others stay. */
  public List<Rule> setRules(Caller caller, List<Rule> changed) {
    var scope = org.scopeOf(caller);
    if (!caller.seesWholeTree() && DivisionCodes.subtreePrefix(scope.code()).length() > 4) {
      throw new CreditRulesCityOnlyException(caller.username());
    }
    for (Rule rule : changed) {
      BigDecimal before = rules.hoursOf(rule.mode(), rule.level());
      rules.set(rule);
      audit.record(caller, "CREDIT_RULE_CHANGED",
          new AuditSubject("CREDIT_RULE", rule.mode() + "/" + rule.level(), rule.mode() + " · " + rule.level(), scope.path()),
          Map.of("hours", before), Map.of("hours", rule.hours()), null);
    }
    return rules.all();
  }

  public SessionHours sessionHours(Caller caller, long sessionId) {
    return hoursOf(access.session(caller, sessionId));
  }

  /** Sets the session's own hours, or returns it to its mode's and level's when {@code hours} is empty. */
  public SessionHours setSessionHours(Caller caller, long sessionId, Optional<BigDecimal> hours) {
    TrainingSession session = access.session(caller, sessionId);
    SessionHours before = hoursOf(session);
    rules.setSessionHours(sessionId, hours);
    SessionHours after = hoursOf(session);
    audit.record(caller, "SESSION_CREDIT_CHANGED",
        new AuditSubject("TRAINING_SESSION", String.valueOf(sessionId), session.title(), session.organizerPath()),
        Map.of("hours", before.hours()), Map.of("hours", after.hours()), null);
    return after;
  }

  private SessionHours hoursOf(TrainingSession session) {
    BigDecimal ruleHours = rules.hoursOf(session.mode(), session.level());
    Optional<BigDecimal> own = rules.sessionHours(session.id());
    return new SessionHours(ruleHours, own.orElse(null), own.orElse(ruleHours));
  }
}
