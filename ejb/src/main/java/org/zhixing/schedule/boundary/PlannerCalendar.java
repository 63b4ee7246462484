package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AudienceResolver;
import org.zhixing.schedule.control.CalendarRangeException;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.SessionAccess;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * The planners' calendar (培训安排, month and week): every occurrence of the sessions organized in the caller's subtree
 * within a date range, drafts included; and what the session editor looks up while planning: the size of an audience
 * rule, and trainers by name.
 */
@Stateless
public class PlannerCalendar {

  /** A calendar shows a month or a week; 62 days cover any month view with its leading and trailing days. */
  static final Duration LONGEST_RANGE = Duration.ofDays(62);
  static final int MOST_OCCURRENCES = 2000;
  static final int TRAINER_CANDIDATES = 20;

  @Inject OccurrenceStore occurrences;
  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject AudienceResolver audiences;
  @Inject OrgDirectory org;

  /** One occurrence on the planners' calendar with its session. */
  public record PlannedOccurrence(StoredOccurrence occurrence, TrainingSession session) {}

  public List<PlannedOccurrence> between(Caller caller, Instant from, Instant until) {
    requireRange(from, until);
    List<StoredOccurrence> found = occurrences.organizedWithin(access.scopePath(caller), from, until, MOST_OCCURRENCES);
    Map<Long, TrainingSession> byId = sessions.byIds(found.stream().map(StoredOccurrence::sessionId).distinct().toList())
        .stream().collect(Collectors.toMap(TrainingSession::id, Function.identity()));
    return found.stream().map(occurrence -> new PlannedOccurrence(occurrence, byId.get(occurrence.sessionId()))).toList();
  }

  /** How many people a rule and additions pick now (nothing is stored); the rule's subtree must be in the caller's. */
  public int audienceSize(Caller caller, AudienceRule rule, List<String> additions) {
    return audiences.resolve(caller, rule, additions).people().size();
  }

  /** People of the caller's subtree with an account, by name or sign-in name: the editor's trainer picker. */
  public List<PersonRef> trainerCandidates(Caller caller, String text) {
    return org.accountHoldersLike(caller, text.strip(), TRAINER_CANDIDATES);
  }

  /** A range a calendar can show: from before until, at most {@link #LONGEST_RANGE}. */
  static void requireRange(Instant from, Instant until) {
    if (!from.isBefore(until) || Duration.between(from, until).compareTo(LONGEST_RANGE) > 0) {
      throw new CalendarRangeException(from, until, LONGEST_RANGE.toDays());
    }
  }
}
