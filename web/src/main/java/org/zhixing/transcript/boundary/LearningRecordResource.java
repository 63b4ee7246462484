package org.zhixing.transcript.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;
import org.zhixing.transcript.control.LearningRecord;

/** The learning record (学习档案) of a year: your own, or (admins) that of a learner of your subtree (?learner=). */
@Path("learning/records/{year: \\d{4}}")
@RequestScoped
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "certificates")
public class LearningRecordResource {

  @Inject Caller caller;
  @Inject LearningRecords records;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Courses completed, tests taken and credit hours by source in a calendar year (China time)")
  public LearningRecordView record(@PathParam("year") int year, @QueryParam("learner") @Size(max = 100) String learner) {
    return LearningRecordView.of(records.record(caller, learner, year));
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @Operation(summary = "The learning record of a year as a PDF in Chinese")
  public Response pdf(@PathParam("year") int year, @QueryParam("learner") @Size(max = 100) String learner) {
    LearningRecord record = records.record(caller, learner, year);
    return Response.ok(records.pdf(record), "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment("学习档案-" + record.name() + "-" + year + ".pdf"))
        .build();
  }
}
