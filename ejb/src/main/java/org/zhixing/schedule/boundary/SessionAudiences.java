package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AudienceStore;
import org.zhixing.schedule.control.SessionAccess;
import org.zhixing.schedule.control.SessionNotFoundException;
import org.zhixing.schedule.control.SessionRepository;

/**
 * Who a session expects, for features that attach something to a session (a post-session quiz): the audience as
 * resolved when the session was published. Schedule knows nothing of those features; they ask it here.
 */
@Stateless
public class SessionAudiences {

  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject AudienceStore audience;

  /** Refuses ({@code session-not-found}) a session the caller may not organize: only such a one may be attached to. */
  public void checkManaged(Caller caller, long sessionId) {
    sessions.find(sessionId).filter(session -> access.mayManage(caller, session))
        .orElseThrow(() -> new SessionNotFoundException(sessionId));
  }

  /** Whether the person signing in as {@code username} is in the audience of the session, which is published. */
  public boolean includes(long sessionId, String username) {
    return sessionsOf(username).contains(sessionId);
  }

  /** The published sessions whose audience includes the person signing in as {@code username}. */
  public List<Long> sessionsOf(String username) {
    return audience.sessionsOf(username);
  }
}
