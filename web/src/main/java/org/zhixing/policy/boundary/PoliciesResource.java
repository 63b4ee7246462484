package org.zhixing.policy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;
import org.zhixing.platform.web.RequestValues;
import org.zhixing.policy.boundary.PolicyLibrary.SearchPage;
import org.zhixing.policy.entity.PolicyAttachment;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.entity.Publication;
import org.zhixing.policy.search.Suggestion;

/** The policy library: search and read for every user; upload and manage for admins. */
@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policies", description = "政策文件 / policy library")
public class PoliciesResource {

  @Inject Caller caller;
  @Inject PolicyLibrary library;
  @Inject PolicyUploads uploads;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Full-text search with filters, facets and highlighted snippets")
  public PolicySearchView search(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("level") List<String> levels,
      @QueryParam("authority") List<String> authorities,
      @QueryParam("type") List<String> types,
      @QueryParam("year") List<Integer> years,
      @QueryParam("tag") List<String> tags,
      @QueryParam("status") List<String> statuses,
      @QueryParam("sort") @DefaultValue("relevance") String sort,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
    var query = SearchParameters.query(q, levels, authorities, types, years, tags, statuses, sort, new PageRequest(page, size));
    SearchPage found = library.search(caller, query);
    List<PolicyHitView> hits =
        found.result().hits().stream()
            .filter(hit -> found.documents().containsKey(hit.id()))
            .map(hit -> PolicyHitView.of(hit, found.documents().get(hit.id())))
            .toList();
    return new PolicySearchView(hits, page, size, found.result().total(), found.result().facets());
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Title and document-number completions for what the user has typed so far")
  public List<Suggestion> suggest(
      @QueryParam("q") @DefaultValue("") @Size(max = 100) String q,
      @QueryParam("size") @DefaultValue("8") @Min(1) @Max(20) int size) {
    return library.suggest(caller, q, size);
  }

  @GET
  @Path("admin")
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Documents the caller manages, newest first")
  public Page<PolicyHitView> managed(
      @QueryParam("publication") String publication,
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    Publication state = publication == null || publication.isBlank()
        ? null : RequestValues.enumOf(Publication.class, "publication", publication);
    String title = q == null || q.isBlank() ? null : q.strip();
    return library.managedDocuments(caller, state, title, new PageRequest(page, size)).map(PolicyHitView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A document with its text, the query's hits marked")
  public PolicyView read(@PathParam("id") long id, @QueryParam("q") @Size(max = 200) String q) {
    return PolicyView.of(library.read(caller, id, q == null ? "" : q));
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The file a document was uploaded as")
  public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    PolicyAttachment file = library.attachment(caller, id, attachmentId);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Upload a document (PDF, DOCX, DOC, HTML, TXT) with its metadata")
  public Response upload(@FormParam("file") EntityPart file, @FormParam("metadata") EntityPart metadata) {
    PolicyRequest request = uploads.metadata(metadata);
    PolicyDocument document = library.upload(caller, request.toMetadata(), uploads.file(file), request.publish());
    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(document.id())).build();
    return Response.created(location).entity(read(document.id(), null)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Change a document's metadata")
  public PolicyView describe(@PathParam("id") long id, @Valid @NotNull PolicyRequest request) {
    library.describe(caller, id, request.toMetadata());
    return read(id, null);
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  public PolicyView publish(@PathParam("id") long id) {
    library.publish(caller, id);
    return read(id, null);
  }

  @POST
  @Path("{id}/unpublish")
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  public PolicyView unpublish(@PathParam("id") long id) {
    library.unpublish(caller, id);
    return read(id, null);
  }

  @POST
  @Path("{id}/supersede")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  public PolicyView supersede(@PathParam("id") long id, @Valid @NotNull SupersedeRequest request) {
    library.supersede(caller, id, request.supersededBy());
    return read(id, null);
  }

  /** Names the newer document that replaces this one. */
  public record SupersedeRequest(@NotNull Long supersededBy) {}
}
