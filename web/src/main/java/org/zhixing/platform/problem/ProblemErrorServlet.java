package org.zhixing.platform.problem;

import static org.zhixing.platform.web.SharedJsonb.JSON;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * The error page for what the container refuses before JAX-RS runs (a missing or invalid bearer token is a 401 from
 * the OIDC mechanism): it answers with the same problem+json as the API.
 */
@WebServlet("/problem-error")
public class ProblemErrorServlet extends HttpServlet {


  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    String instance = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    // Without an Accept-Language header getLocales() gives the server's locale; the users' default is Chinese.
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? ProblemMessages.CHINESE
            : ProblemMessages.localeFor(Collections.list(request.getLocales()));
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(Problems.forStatus(status, locale, instance)));
  }
}
