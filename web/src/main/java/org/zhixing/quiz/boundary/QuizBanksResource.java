package org.zhixing.quiz.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.io.Leftovers;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;
import org.zhixing.platform.web.TempUploads;
import org.zhixing.quiz.control.QuestionFilter;
import org.zhixing.quiz.control.QuestionImageType;
import org.zhixing.quiz.entity.QuestionType;

/**
 * Question banks (题库) and their questions, for trainers and admins: banks of their subtree to edit, banks shared from
 * above to draw from; question sheets in the trainers' layout in (checked whole, added whole or not at all) and out.
 */
@Path("quiz/banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "quiz", description = "题库、试卷、考试 / question banks, papers, attempts")
public class QuizBanksResource {

  /** A bank of several thousand questions is well under a megabyte as .xlsx. */
  static final long MAX_SHEET_BYTES = 10L * 1024 * 1024;

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Caller caller;
  @Inject QuestionBanks banks;
  @Inject TempUploads uploads;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Banks owned within the caller's subtree and banks shared from above, by name")
  public Page<BankView> list(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return banks.list(caller, new PageRequest(page, size)).map(BankView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a bank owned by the caller's unit")
  public Response create(@Valid @NotNull BankRequest request) {
    BankView bank = BankView.of(banks.create(caller, request.name()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(bank.id())).build()).entity(bank).build();
  }

  @GET
  @Path("{id}")
  public BankView read(@PathParam("id") long id) {
    return BankView.of(banks.read(caller, id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename a bank of the caller's subtree")
  public BankView rename(@PathParam("id") long id, @Valid @NotNull BankRequest request) {
    return BankView.of(banks.rename(caller, id, request.name()));
  }

  @PUT
  @Path("{id}/shared")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Share the bank with every unit below its owner (they may draw from it), or stop sharing it")
  public BankView share(@PathParam("id") long id, @NotNull ShareRequest request) {
    return BankView.of(banks.share(caller, id, request.shared()));
  }

  @GET
  @Path("{id}/questions")
  @Operation(summary = "The bank's questions with answers, optionally by type, tag, difficulty or words of the stem")
  public Page<QuestionView> questions(
      @PathParam("id") long id,
      @QueryParam("type") QuestionType type,
      @QueryParam("tag") @Size(max = 60) String tag,
      @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    var filter = new QuestionFilter(type, blankToNull(tag), difficulty, blankToNull(q));
    return banks.questions(caller, id, filter, new PageRequest(page, size)).map(QuestionView::of);
  }

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a question to a bank of the caller's subtree")
  public Response add(@PathParam("id") long id, @Valid @NotNull QuestionRequest request) {
    QuestionView question = QuestionView.of(banks.add(caller, id, request.toContent()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(question.id())).build()).entity(question).build();
  }

  @GET
  @Path("{id}/questions/{questionId}")
  public QuestionView question(@PathParam("id") long id, @PathParam("questionId") long questionId) {
    return QuestionView.of(banks.question(caller, id, questionId));
  }

  @PUT
  @Path("{id}/questions/{questionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a question; attempts already graded keep their scores")
  public QuestionView rewrite(
      @PathParam("id") long id, @PathParam("questionId") long questionId, @Valid @NotNull QuestionRequest request) {
    return QuestionView.of(banks.rewrite(caller, id, questionId, request.toContent()));
  }

  @POST
  @Path("{id}/questions/{questionId}/image")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Show a picture with the question, in place of any earlier one: PNG, JPEG or WebP by content, at most 2 MiB")
  public QuestionView showImage(
      @PathParam("id") long id, @PathParam("questionId") long questionId, @FormParam("file") EntityPart file) {
    java.nio.file.Path image = uploads.receive(file, "file", QuestionImageType.MAX_BYTES, QuestionImageTooLargeException::new);
    try {
      return QuestionView.of(banks.showImage(caller, id, questionId, image, file.getFileName().orElse("image")));
    } finally {
      Leftovers.delete(image);
    }
  }

  @DELETE
  @Path("{id}/questions/{questionId}")
  @Operation(summary = "Delete a question no paper or attempt uses")
  public Response delete(@PathParam("id") long id, @PathParam("questionId") long questionId) {
    banks.delete(caller, id, questionId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Add the questions of a sheet (题型, 题干, 选项A–F, 答案, 解析, 难度, 标签): all, or none and the problems by row")
  public ImportReportView importSheet(@PathParam("id") long id, @FormParam("file") EntityPart file) {
    java.nio.file.Path sheet = uploads.receive(file, "file", MAX_SHEET_BYTES, QuestionSheetTooLargeException::new);
    try {
      ImportReport report = banks.importSheet(caller, id, sheet, file.getFileName().orElse("questions.xlsx"));
      return ImportReportView.of(report, ProblemMessages.localeFor(headers.getAcceptableLanguages()));
    } finally {
      Leftovers.delete(sheet);
    }
  }

  @GET
  @Path("{id}/export")
  @Produces(XLSX)
  @Operation(summary = "The bank's questions as a sheet in the layout the import reads")
  public Response export(@PathParam("id") long id) {
    String name = banks.read(caller, id).bank().name();
    StreamingOutput body = out -> banks.export(caller, id, out);
    return Response.ok(body, XLSX).header("Content-Disposition", ContentDisposition.attachment(name + ".xlsx")).build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
