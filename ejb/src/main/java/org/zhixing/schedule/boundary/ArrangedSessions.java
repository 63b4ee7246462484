package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.UnitKind;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.entity.SessionDetails;
import org.zhixing.schedule.entity.SessionLevel;
import org.zhixing.schedule.entity.SessionMode;
import org.zhixing.schedule.entity.TrainingSession;
import org.zhixing.schedule.entity.Venue;

/**
 * Sessions another feature arranges for people it names, such as coverage's make-up session for lagging villages: a
 * one-off centralized class at a place, organized by a unit of the caller's subtree at that unit's level, its audience
 * listed by sign-in name. It is a draft, which the organizer checks for conflicts and publishes in the schedule.
 */
@Stateless
public class ArrangedSessions {

  @Inject SessionPlanner planner;
  @Inject OrgDirectory org;

  /** The draft made: its id, title and status, and how many people it lists. */
  public record Arranged(long sessionId, String title, String status, int audienceSize) {}

  public Arranged arrange(Caller caller, String organizerCode, String title, Instant startsAt, Instant endsAt,
      String place, Set<String> usernames) {
    UnitKind organizer = org.visibleUnit(caller, organizerCode).kind();
    var details = new SessionDetails(levelOf(organizer), SessionMode.CENTRALIZED, title, startsAt, endsAt, null,
        new Venue(place, null, null), Set.of(), Set.of(), Set.of(), null, usernames);
    TrainingSession session = planner.create(caller, organizerCode, details);
    return new Arranged(session.id(), session.title(), session.status().name(), session.additions().size());
  }

  private static SessionLevel levelOf(UnitKind organizer) {
    return switch (organizer) {
      case CITY -> SessionLevel.MUNICIPAL;
      case COUNTY -> SessionLevel.COUNTY;
      default -> SessionLevel.TOWNSHIP;
    };
  }
}
