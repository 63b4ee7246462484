package org.zhixing.courseware.upload.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhixing.platform.problem.Problem;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.problem.Problems;
import org.zhixing.platform.web.SharedJsonb;

/**
 * The protocol frame around the upload endpoint: {@code Tus-Resumable} on every answer (errors included), 412 with
 * {@code Tus-Version} for a tus request of another version, and {@code X-HTTP-Method-Override} for clients behind
 * proxies that only pass GET and POST. The JSON views of the endpoint (GET) are not tus requests and need no version.
 */
@WebFilter({"/api/uploads", "/api/uploads/*"})
public class TusProtocolFilter extends HttpFilter {

  private static final Set<String> TUS_METHODS = Set.of("POST", "HEAD", "PATCH", "DELETE");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest effective = withMethodOverride(request);
    response.setHeader(TusHeaders.RESUMABLE, TusHeaders.PROTOCOL_VERSION);
    String version = effective.getHeader(TusHeaders.RESUMABLE);
    if (TUS_METHODS.contains(effective.getMethod()) && !TusHeaders.PROTOCOL_VERSION.equals(version)) {
      refuseVersion(effective, response, version);
      return;
    }
    chain.doFilter(effective, response);
  }

  private static HttpServletRequest withMethodOverride(HttpServletRequest request) {
    String override = request.getHeader("X-HTTP-Method-Override");
    if (override == null || !"POST".equals(request.getMethod())) {
      return request;
    }
    String method = override.strip().toUpperCase(Locale.ROOT);
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return method;
      }
    };
  }

  private static void refuseVersion(HttpServletRequest request, HttpServletResponse response, String version)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
    response.setHeader(TusHeaders.VERSION, TusHeaders.PROTOCOL_VERSION);
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    Locale locale = request.getHeader("Accept-Language") == null
        ? ProblemMessages.CHINESE
        : ProblemMessages.localeFor(Collections.list(request.getLocales()));
    Problem problem = Problems.of("tus-version-unsupported", 412, locale, request.getRequestURI(),
        List.of(version == null ? "-" : version));
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(SharedJsonb.JSON.toJson(problem));
  }
}
