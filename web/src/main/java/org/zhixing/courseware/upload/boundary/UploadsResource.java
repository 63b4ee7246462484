package org.zhixing.courseware.upload.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
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
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.courseware.upload.control.UploadChecksum;
import org.zhixing.courseware.upload.control.UploadLengthRequiredException;
import org.zhixing.courseware.upload.control.UploadNotFoundException;
import org.zhixing.courseware.upload.control.UploadSettings;
import org.zhixing.courseware.upload.entity.ResumableUpload;
import org.zhixing.courseware.upload.entity.UploadStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * Courseware uploads over tus 1.0 (core, creation, expiration, checksum, termination) for trainers and admins, plus a
 * JSON view of one's own uploads and what became of them. {@code TusProtocolFilter} adds {@code Tus-Resumable} to
 * every answer and refuses requests of another protocol version.
 */
@Path("uploads")
@RequestScoped
@RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "uploads", description = "课件上传 / resumable courseware uploads (tus 1.0)")
public class UploadsResource {

  @Inject Caller caller;
  @Inject ResumableUploads uploads;
  @Inject UploadSettings settings;
  @Context UriInfo uri;

  @OPTIONS
  @Operation(summary = "tus discovery: version, extensions, maximum size, checksum algorithms")
  public Response options() {
    return Response.noContent()
        .header(TusHeaders.VERSION, TusHeaders.PROTOCOL_VERSION)
        .header(TusHeaders.EXTENSION, TusHeaders.EXTENSIONS)
        .header(TusHeaders.MAX_SIZE, settings.limits().max())
        .header(TusHeaders.CHECKSUM_ALGORITHM, UploadChecksum.SUPPORTED)
        .build();
  }

  @OPTIONS
  @Path("{id}")
  public Response optionsOfOne() {
    return options();
  }

  @POST
  @Operation(summary = "tus creation: opens an upload of Upload-Length bytes; 201 with its URL")
  public Response create(
      @HeaderParam(TusHeaders.UPLOAD_LENGTH) String length,
      @HeaderParam(TusHeaders.UPLOAD_DEFER_LENGTH) String deferLength,
      @HeaderParam(TusHeaders.UPLOAD_METADATA) String metadata) {
    if (deferLength != null || length == null) {
      throw new UploadLengthRequiredException(length == null ? "" : length);
    }
    ResumableUpload upload = uploads.create(caller, lengthOf(length), metadata);
    return Response.created(uri.getBaseUriBuilder().path("uploads").path(upload.id().toString()).build())
        .header(TusHeaders.UPLOAD_OFFSET, upload.received())
        .header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(upload.expiresAt()))
        .build();
  }

  @HEAD
  @Path("{id}")
  @Operation(summary = "tus core: how many bytes of the upload the server has")
  public Response head(@PathParam("id") String id) {
    ResumableUpload upload = uploads.status(caller, idOf(id));
    if (upload.status() == UploadStatus.REJECTED) {
      return Response.status(Response.Status.GONE).header("Cache-Control", "no-store").build();
    }
    Response.ResponseBuilder answer = Response.ok()
        .header("Cache-Control", "no-store")
        .header(TusHeaders.UPLOAD_OFFSET, upload.received())
        .header(TusHeaders.UPLOAD_LENGTH, upload.length());
    if (upload.metadata() != null) {
      answer.header(TusHeaders.UPLOAD_METADATA, upload.metadata());
    }
    if (upload.status() == UploadStatus.RECEIVING) {
      answer.header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(upload.expiresAt()));
    }
    return answer.build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(TusHeaders.OFFSET_OCTET_STREAM)
  @Operation(summary = "tus core: appends the body at Upload-Offset (with an optional Upload-Checksum)")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam(TusHeaders.UPLOAD_OFFSET) String offset,
      @HeaderParam(TusHeaders.UPLOAD_CHECKSUM) String checksum,
      InputStream body) {
    if (offset == null) {
      throw new InvalidParameterException(TusHeaders.UPLOAD_OFFSET, "");
    }
    ResumableUpload upload = uploads.receive(caller, idOf(id), offsetOf(offset), checksum, body);
    Response.ResponseBuilder answer = Response.noContent().header(TusHeaders.UPLOAD_OFFSET, upload.received());
    if (upload.status() == UploadStatus.RECEIVING) {
      answer.header(TusHeaders.UPLOAD_EXPIRES, TusHeaders.httpDate(upload.expiresAt()));
    }
    return answer.build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "tus termination: drops the upload and its bytes")
  public Response terminate(@PathParam("id") String id) {
    uploads.terminate(caller, idOf(id));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The upload's state and, once finished, its asset or the reason it was refused")
  public UploadView read(@PathParam("id") String id, @Context HttpHeaders headers) {
    return UploadView.of(uploads.describe(caller, idOf(id)), headers.getAcceptableLanguages());
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's uploads, newest first")
  public Page<UploadView> mine(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
      @Context HttpHeaders headers) {
    return uploads.mine(caller, new PageRequest(page, size)).map(u -> UploadView.of(u, headers.getAcceptableLanguages()));
  }

  private static long lengthOf(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new UploadLengthRequiredException(value);
    }
  }

  private static long offsetOf(String value) {
    try {
      long offset = Long.parseLong(value.strip());
      if (offset < 0) {
        throw new NumberFormatException();
      }
      return offset;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(TusHeaders.UPLOAD_OFFSET, value);
    }
  }

  /** A malformed id names no upload. */
  private static UUID idOf(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new UploadNotFoundException(value);
    }
  }
}
