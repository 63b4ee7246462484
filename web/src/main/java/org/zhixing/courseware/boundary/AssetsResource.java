package org.zhixing.courseware.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.courseware.control.AssetIds;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Media assets for trainers and admins, within their org subtree, and signed URLs to play them. */
@Path("assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "assets", description = "课件资源 / media assets")
public class AssetsResource {

  @Inject Caller caller;
  @Inject AssetCatalog catalog;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The assets owned within the caller's subtree, newest first")
  public Page<AssetView> list(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return catalog.list(caller, new PageRequest(page, size)).map(AssetView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An asset's metadata and processing state")
  public AssetView find(@PathParam("id") String id) {
    return AssetView.of(catalog.find(caller, AssetIds.parse(id)));
  }

  @GET
  @Path("{id}/media-url")
  @Operation(summary = "A signed URL for the asset's files, bound to the caller, valid for a few hours")
  public MediaUrlView mediaUrl(@PathParam("id") String id) {
    MediaLink link = catalog.link(caller, AssetIds.parse(id));
    return new MediaUrlView(uri.getBaseUri().resolve(request.getContextPath() + link.path()), link.expiresAt());
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Store a small file (the raw body, its Content-Type) as a new asset; large files use the resumable upload")
  public Response upload(
      @QueryParam("name") @NotBlank @Size(max = 255) String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    AssetView created = AssetView.of(catalog.upload(caller, body, baseType(contentType == null ? "" : contentType), name));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
  }

  /** "video/mp4; codecs=…" is stored as "video/mp4": parameters describe the request, not the file. */
  private static String baseType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip();
  }
}
