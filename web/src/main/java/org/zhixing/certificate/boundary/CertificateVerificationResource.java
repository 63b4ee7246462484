package org.zhixing.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone may check a certificate number without signing in (web.xml leaves {@code /api/certificates/*} open): the
 * QR code on the paper opens the portal's {@code /verify/<number>}, which asks here. The answer shows the name partly
 * masked; a mistyped number ({@code certificate-number-mistyped}) and an unknown one ({@code certificate-not-found})
 * are both 404 problems.
 */
@Path("certificates")
@RequestScoped
@PermitAll
@Tag(name = "certificates")
public class CertificateVerificationResource {

  @Inject Certificates certificates;

  @GET
  @Path("{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify a certificate number (no token): masked name, course, hours, dates, valid or revoked")
  public Verification verify(@PathParam("number") String number) {
    return certificates.verify(number);
  }
}
