package org.zhixing.policy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.policy.entity.PolicyDocument;

/**
 * Who may read and who may manage a document. Everyone reads published public documents; staff (trainers and admins)
 * also read internal ones; an org admin manages the documents owned within their subtree, a system admin all.
 */
@ApplicationScoped
public class PolicyAccess {

  @Inject OrgDirectory org;

  public boolean isStaff(Caller caller) {
    return caller.has(Role.TRAINER) || caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
  }

  public boolean mayRead(Caller caller, PolicyDocument document) {
    return (document.isPublished() && (!document.internal() || isStaff(caller))) || mayManage(caller, document);
  }

  public boolean mayManage(Caller caller, PolicyDocument document) {
    return caller.has(Role.SYS_ADMIN)
        || (caller.has(Role.ORG_ADMIN) && org.isInScope(caller, document.owner()));
  }
}
