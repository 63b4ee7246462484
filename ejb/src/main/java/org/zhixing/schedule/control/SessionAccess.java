package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Who may manage a session: org admins and trainers whose subtree holds its organizer unit, and system admins. Anyone
 * else finds no such session, so a county admin learns nothing about another county's calendar.
 */
@ApplicationScoped
public class SessionAccess {

  @Inject OrgDirectory org;

  public String scopePath(Caller caller) {
    return org.scopeOf(caller).path();
  }

  public boolean isOrganizer(Caller caller) {
    return caller.has(Role.SYS_ADMIN) || caller.has(Role.ORG_ADMIN) || caller.has(Role.TRAINER);
  }

  public boolean mayManage(Caller caller, TrainingSession session) {
    return isOrganizer(caller) && session.organizerPath().startsWith(scopePath(caller));
  }
}
