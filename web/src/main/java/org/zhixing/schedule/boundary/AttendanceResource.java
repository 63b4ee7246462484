package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;

/** QR sign-in for learners: the phone they are logged in on posts the code it scanned. */
@Path("attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "attendance", description = "签到 / QR sign-in")
public class AttendanceResource {

  @Inject Caller caller;
  @Inject Attendance attendance;

  @POST
  @Path("sign-in")
  @Operation(summary = "Sign in with a scanned code; again changes nothing")
  public AttendanceView signIn(@Valid @NotNull SignInRequest request) {
    return AttendanceView.of(attendance.signIn(caller, request.code()));
  }

  @POST
  @Path("sign-out")
  @Operation(summary = "Sign out with a code scanned after the sign-in")
  public AttendanceView signOut(@Valid @NotNull SignInRequest request) {
    return AttendanceView.of(attendance.signOut(caller, request.code()));
  }
}
