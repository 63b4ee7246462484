package org.zhixing.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal routes in the browser (history mode): a reload of {@code /org} must serve the SPA's index.html, while
 * API calls, media links (answered before the servlet chain anyway, see courseware's MediaExtension) and real files
 * pass through untouched. Async-capable, so that it never keeps a servlet behind it from turning asynchronous.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SpaFallbackFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPortalRoute(request)) {
      request.getRequestDispatcher("/index.html").forward(request, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  static boolean isPortalRoute(String method, String path) {
    boolean reads = "GET".equals(method) || "HEAD".equals(method);
    if (!reads || path.equals("/") || path.equals("/api") || path.startsWith("/api/") || path.startsWith("/media/")) {
      return false;
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".") && !path.startsWith("/problem-error");
  }

  private static boolean isPortalRoute(HttpServletRequest request) {
    return isPortalRoute(request.getMethod(), request.getServletPath() + nullToEmpty(request.getPathInfo()));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
