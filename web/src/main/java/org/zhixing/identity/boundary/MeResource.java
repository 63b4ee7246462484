package org.zhixing.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.zhixing.platform.security.Caller;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;

/** Who am I: any logged-in user, whatever their role. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;
  @Inject OrgDirectory directory;

  @GET
  public MeView me() {
    List<OrgUnit> path = directory.ownUnitPath(caller);
    return new MeView(caller.username(), caller.displayName(), caller.roles(), path.isEmpty() ? null : ownUnit(path));
  }

  private static MeView.OwnUnit ownUnit(List<OrgUnit> path) {
    OrgUnit own = path.getLast();
    List<MeView.UnitRef> refs = path.stream().map(u -> new MeView.UnitRef(u.code(), u.name())).toList();
    return new MeView.OwnUnit(own.code(), own.name(), own.kind().name(), refs);
  }
}
