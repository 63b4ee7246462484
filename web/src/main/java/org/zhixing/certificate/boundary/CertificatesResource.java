package org.zhixing.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhixing.certificate.entity.Certificate;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;

/**
 * Certificates of signed-in users (我的证书): a learner's own, or, for admins, those of a learner of their subtree;
 * the PDF; revocation by the admins of the learner's subtree. The public check of a number is
 * {@link CertificateVerificationResource}.
 */
@Path("learning/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "certificates")
public class CertificatesResource {

  @Inject Caller caller;
  @Inject Certificates certificates;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Your certificates, newest first; admins: those of a learner of their subtree (?learner=)")
  public List<CertificateView> list(@QueryParam("learner") @Size(max = 100) String learner) {
    List<Certificate> held =
        learner == null ? certificates.mine(caller) : certificates.of(caller, learner);
    return held.stream().map(CertificateView::of).toList();
  }

  @GET
  @Path("{number}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The certificate as a PDF with an embedded Chinese font and the verification QR code")
  public Response pdf(@PathParam("number") String number) {
    byte[] pdf = certificates.pdf(caller, number, verifyAddress(number));
    return Response.ok(pdf, "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("结业证书-" + number + ".pdf"))
        .build();
  }

  @POST
  @Path("{number}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Revoke a certificate of a learner of your subtree, with a reason (audited)")
  public CertificateView revoke(@PathParam("number") String number, @Valid @NotNull RevocationRequest request) {
    return CertificateView.of(certificates.revoke(caller, number, request.reason()));
  }

  /** The portal's public page for the number, on the host the caller used (what a QR code on paper must open). */
  private String verifyAddress(String number) {
    return uri.getBaseUriBuilder().replacePath("/verify/").path(number).build().toString();
  }
}
