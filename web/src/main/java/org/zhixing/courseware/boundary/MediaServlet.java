package org.zhixing.courseware.boundary;

import io.undertow.io.BufferWritableOutputStream;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.zhixing.courseware.boundary.RangeSelection.Ranges;
import org.zhixing.courseware.boundary.RangeSelection.Unsatisfiable;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.platform.problem.Problem;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.problem.Problems;

/**
 * Streams courseware behind signed links: {@code /media/<token>/<assetId>} for the original and
 * {@code /media/<token>/<assetId>/<path>} for derived files such as HLS playlists and segments. The token in the path
 * is the credential (no bearer header: a video element, hls.js, a download manager or a CDN fetch plain URLs), and
 * keeping it in the path lets the relative URIs inside HLS playlists carry it along.
 *
 * <p>HTTP semantics follow RFC 9110: GET and HEAD, conditional requests (304/412), single ranges, multiple ranges as
 * multipart/byteranges, suffix and open ranges, If-Range, 416. Bytes leave through sendfile when the store holds
 * them in a local file. Caching headers: see {@link #cacheControl}.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int COPY_BUFFER = 64 * 1024;
  /** Browsers keep a copy at most this long, and never beyond the link's expiry. */
  private static final Duration MAX_BROWSER_CACHE = Duration.ofDays(1);

  @Inject MediaFiles files;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      problem(request, response, 405, "method-not-allowed", List.of());
      return;
    }
    MediaPath path = MediaPath.parse(request.getPathInfo());
    if (path == null) {
      problem(request, response, 404, "not-found", List.of());
      return;
    }
    MediaFile file;
    try {
      file = files.resolve(path.token(), path.assetId(), path.derived());
    } catch (DomainException e) {
      problem(request, response, e.status(), e.type(), e.arguments());
      return;
    }
    serve(request, response, file, method.equals("GET"));
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, MediaFile file, boolean get)
      throws IOException {
    long size = file.content().size();
    Instant lastModified = file.content().lastModified();
    response.setHeader("ETag", file.etag());
    response.setHeader("Last-Modified", HttpDates.format(lastModified));
    response.setHeader("Cache-Control", cacheControl(file.expiresAt()));
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (file.mediaType().startsWith("text/html")) {
      // Uploaded HTML runs in an opaque origin: it cannot read the portal's storage or call the API as the learner.
      response.setHeader("Content-Security-Policy", "sandbox allow-scripts allow-popups");
    }
    var preconditions = new Preconditions(request.getHeader("If-Match"), request.getHeader("If-Unmodified-Since"),
        request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), request.getHeader("If-Range"));
    switch (preconditions.evaluate(file.etag(), lastModified)) {
      case NOT_MODIFIED -> {
        response.setStatus(304);
        return;
      }
      case PRECONDITION_FAILED -> {
        problem(request, response, 412, "precondition-failed", List.of());
        return;
      }
      case PROCEED -> {}
    }
    // Range applies to GET only (RFC 9110 §14.2): HEAD answers as a plain GET would.
    boolean useRange = get && preconditions.rangeApplies(file.etag(), lastModified);
    RangeSelection selection = RangeSelection.of(useRange ? request.getHeader("Range") : null, size);
    if (selection instanceof Unsatisfiable) {
      response.setHeader("Content-Range", "bytes */" + size);
      problem(request, response, 416, "range-not-satisfiable", List.of(size));
      return;
    }
    List<ByteRange> ranges = selection instanceof Ranges r ? r.ranges() : List.of();
    if (ranges.size() > 1) {
      new MultipartByteRanges(file.mediaType(), size, ranges).send(response, get ? file.content()::open : null);
      return;
    }
    ByteRange range = ranges.isEmpty() ? (size == 0 ? null : new ByteRange(0, size - 1)) : ranges.getFirst();
    if (!ranges.isEmpty()) {
      response.setStatus(206);
      response.setHeader("Content-Range", range.contentRange(size));
    }
    response.setContentType(file.mediaType());
    response.setContentLengthLong(range == null ? 0 : range.length());
    if (get && range != null) {
      try (SeekableByteChannel channel = file.content().open()) {
        copy(channel, range, response.getOutputStream());
      }
    }
  }

  /**
   * The bytes behind a URL never change (originals are named by their hash, derived files get a new tag when
   * replaced), but the URL itself is one learner's and expires. So: {@code private} — a shared cache must not hand one
   * learner's link to another, and would keep serving it after expiry since only the origin checks tokens —
   * {@code immutable} so that a browser never revalidates a seek, and a max-age that ends with the link. A CDN in
   * front checks tokens itself and caches by asset and path without the token: see docs/media.md.
   */
  static String cacheControl(Instant linkExpiresAt) {
    long remaining = Duration.between(Instant.now(), linkExpiresAt).getSeconds();
    long maxAge = Math.max(0, Math.min(remaining, MAX_BROWSER_CACHE.getSeconds()));
    return "private, max-age=" + maxAge + ", immutable";
  }

  /** Sends one range: by sendfile when both ends allow it, else through a buffer. */
  static void copy(SeekableByteChannel channel, ByteRange range, ServletOutputStream out) throws IOException {
    if (channel instanceof FileChannel file && out instanceof BufferWritableOutputStream zeroCopy) {
      zeroCopy.transferFrom(new FileSlice(file, range.first(), range.last() + 1));
      return;
    }
    channel.position(range.first());
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(COPY_BUFFER, range.length()));
    long remaining = range.length();
    while (remaining > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
      int read = channel.read(buffer);
      if (read < 0) {
        throw new IOException("file ended " + remaining + " bytes early");
      }
      out.write(buffer.array(), 0, read);
      remaining -= read;
    }
  }

  private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String type,
      List<Object> arguments) throws IOException {
    Locale locale = request.getHeader("Accept-Language") == null
        ? ProblemMessages.CHINESE
        : ProblemMessages.localeFor(Collections.list(request.getLocales()));
    Problem problem = Problems.of(type, status, locale, request.getRequestURI(), arguments);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(body);
    }
  }
}
