package org.zhixing.platform.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders every error the API raises as problem+json: domain rules with their own type, validation with the
 * violations, access and HTTP errors by status, and anything else as a 500 whose id is logged with the stack trace
 * (the client never sees internals). Client errors are logged quietly, server errors loudly.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable thrown) {
    return render(thrown, headers, uri);
  }

  static Response render(Throwable thrown, HttpHeaders headers, UriInfo uri) {
    Locale locale = ProblemMessages.localeFor(headers.getAcceptableLanguages());
    Problem problem = problemFor(unwrap(thrown), thrown, locale, uri.getRequestUri().getRawPath());
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static Problem problemFor(Throwable error, Throwable thrown, Locale locale, String instance) {
    if (error instanceof DomainException domain) {
      // a service the request needs being down (503) is worth an operator's look; a refused request is not
      LOG.log(domain.status() >= 500 ? Level.WARNING : Level.FINE,
          () -> "Refused " + instance + ": " + domain.getMessage());
      return Problems.of(domain.type(), domain.status(), locale, instance, domain.arguments());
    }
    if (error instanceof ConstraintViolationException invalid) {
      return Problems.validation(locale, instance, violations(invalid));
    }
    if (error instanceof EJBAccessException) {
      return Problems.forStatus(403, locale, instance);
    }
    if (error instanceof OptimisticLockException) {
      return Problems.forStatus(409, locale, instance);
    }
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      LOG.fine(() -> "HTTP " + web.getResponse().getStatus() + " for " + instance + ": " + web.getMessage());
      return Problems.forStatus(web.getResponse().getStatus(), locale, instance);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Error " + errorId + " serving " + instance, thrown);
    return Problems.internal(locale, instance, errorId);
  }

  /** EJBs wrap what they throw; the cause is what happened. */
  private static Throwable unwrap(Throwable thrown) {
    Throwable error = thrown;
    while (error instanceof EJBException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }

  private static List<Problem.Violation> violations(ConstraintViolationException invalid) {
    return invalid.getConstraintViolations().stream().map(ProblemMapper::violation).toList();
  }

  private static Problem.Violation violation(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    // Parameter paths read "people.arg3" or "people.size": keep the last node, the name a client sent.
    return new Problem.Violation(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
  }
}
