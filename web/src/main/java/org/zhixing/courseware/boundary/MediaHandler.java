package org.zhixing.courseware.boundary;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.api.Deployment;
import io.undertow.servlet.api.ThreadSetupHandler;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.LocaleUtils;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.Jsonb;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.zhixing.courseware.boundary.RangeSelection.Ranges;
import org.zhixing.courseware.boundary.RangeSelection.Unsatisfiable;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.platform.problem.Problem;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.problem.Problems;
import org.zhixing.platform.web.SharedJsonb;

/**
 * Streams courseware behind signed links: {@code /media/<token>/<assetId>} for the original and
 * {@code /media/<token>/<assetId>/<path>} for derived files such as HLS playlists and segments. The token in the path
 * is the credential (no bearer header: a video element, hls.js, a download manager or a CDN fetch plain URLs), and
 * keeping it in the path lets the relative URIs inside HLS playlists carry it along.
 *
 * <p>HTTP semantics follow RFC 9110: GET and HEAD, conditional requests (304/412), single ranges, multiple ranges as
 * multipart/byteranges, suffix and open ranges, If-Range, 416. Caching headers: see {@link #cacheControl}.
 *
 * <p>An Undertow handler in front of the servlet chain ({@link MediaExtension}), not a servlet: a video player sends a
 * request per range or segment, and the servlet path (request wrappers, filters, the security handlers of a URL that
 * needs no login) cost as much CPU per 1 MiB range as sending it. A request for an asset looked up before is answered
 * on the I/O thread; one that needs the database (the first for an asset) moves to a worker thread, within the
 * deployment's thread context as a servlet would be. Bodies go out zero-copy ({@link BodyTransfer}).
 */
final class MediaHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(MediaHandler.class.getName());
  private static final String PATH = "/media";
  /** Browsers keep a copy at most this long, and never beyond the link's expiry. */
  private static final Duration MAX_BROWSER_CACHE = Duration.ofDays(1);
  private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
  private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");

  private final HttpHandler next;
  private final Deployment deployment;
  private volatile ThreadSetupHandler.Action<Void, Object> inDeployment;
  private volatile MediaFiles files;
  private volatile Jsonb json;

  MediaHandler(HttpHandler next, Deployment deployment) {
    this.next = next;
    this.deployment = deployment;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
      next.handleRequest(exchange);
    } else if (!exchange.isInIoThread()) {
      inDeployment().call(exchange, null);
    } else if (!answerWithoutWaiting(exchange)) {
      exchange.dispatch(this);
    }
  }

  /**
   * Answers on the I/O thread, as nginx answers in its event loop, when that needs no database: the usual case of a
   * player fetching range after range of an asset looked up before. False when a worker has to answer.
   */
  private boolean answerWithoutWaiting(HttpServerExchange exchange) throws Exception {
    MediaFiles known = files;
    return known != null && answer(exchange, media -> known.resolveWithoutWaiting(media.token(), media.assetId(), media.derived()));
  }

  /** The deployment's thread context (class loader, naming, CDI), made once: it only exists after deployment. */
  private ThreadSetupHandler.Action<Void, Object> inDeployment() {
    ThreadSetupHandler.Action<Void, Object> action = inDeployment;
    if (action == null) {
      action = deployment.createThreadSetupAction((exchange, ignored) -> {
        MediaFiles resolver = files();
        answer(exchange, media -> Optional.of(resolver.resolve(media.token(), media.assetId(), media.derived())));
        return null;
      });
      inDeployment = action;
    }
    return action;
  }

  /** Answers the request with the file the resolver finds; false, having sent nothing, when it finds none. */
  private boolean answer(HttpServerExchange exchange, Function<MediaPath, Optional<MediaFile>> resolver) throws Exception {
    String method = exchange.getRequestMethod().toString();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      problem(exchange, 405, "method-not-allowed", List.of());
      return true;
    }
    MediaPath path = MediaPath.parse(exchange.getRelativePath().substring(PATH.length()));
    if (path == null) {
      problem(exchange, 404, "not-found", List.of());
      return true;
    }
    Optional<MediaFile> found;
    try {
      found = resolver.apply(path);
    } catch (DomainException e) {
      problem(exchange, e.status(), e.type(), e.arguments());
      return true;
    }
    if (found.isEmpty()) {
      return false;
    }
    MediaFile file = found.get();
    // Who fetched what, for an audit when the level is turned up; the link names its user, no bearer token does.
    LOG.fine(() -> "%s %s/%s as %s".formatted(method, path.assetId(), path.derived() == null ? "" : path.derived(), file.username()));
    serve(exchange, file, method.equals("GET"));
    return true;
  }

  private void serve(HttpServerExchange exchange, MediaFile file, boolean get) throws Exception {
    var headers = exchange.getResponseHeaders();
    long size = file.content().size();
    Instant lastModified = file.content().lastModified();
    headers.put(Headers.ETAG, file.etag());
    headers.put(Headers.LAST_MODIFIED, HttpDates.format(lastModified));
    headers.put(Headers.CACHE_CONTROL, cacheControl(file.expiresAt()));
    headers.put(Headers.ACCEPT_RANGES, "bytes");
    headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
    if (file.mediaType().startsWith("text/html")) {
      // Uploaded HTML runs in an opaque origin: it cannot read the portal's storage or call the API as the learner.
      headers.put(CONTENT_SECURITY_POLICY, "sandbox allow-scripts allow-popups");
    }
    var request = exchange.getRequestHeaders();
    var preconditions = new Preconditions(request.getFirst(Headers.IF_MATCH), request.getFirst(Headers.IF_UNMODIFIED_SINCE),
        request.getFirst(Headers.IF_NONE_MATCH), request.getFirst(Headers.IF_MODIFIED_SINCE),
        request.getFirst(Headers.IF_RANGE));
    switch (preconditions.evaluate(file.etag(), lastModified)) {
      case NOT_MODIFIED -> {
        exchange.setStatusCode(304);
        exchange.endExchange();
        return;
      }
      case PRECONDITION_FAILED -> {
        problem(exchange, 412, "precondition-failed", List.of());
        return;
      }
      case PROCEED -> {}
    }
    // Range applies to GET only (RFC 9110 §14.2): HEAD answers as a plain GET would.
    boolean useRange = get && preconditions.rangeApplies(file.etag(), lastModified);
    RangeSelection selection = RangeSelection.of(useRange ? request.getFirst(Headers.RANGE) : null, size);
    if (selection instanceof Unsatisfiable) {
      headers.put(Headers.CONTENT_RANGE, "bytes */" + size);
      problem(exchange, 416, "range-not-satisfiable", List.of(size));
      return;
    }
    List<ByteRange> ranges = selection instanceof Ranges r ? r.ranges() : List.of();
    List<BodyPart> body;
    if (ranges.size() > 1) {
      body = new MultipartByteRanges(file.mediaType(), size, ranges).prepare(exchange);
    } else {
      ByteRange range = ranges.isEmpty() ? (size == 0 ? null : new ByteRange(0, size - 1)) : ranges.getFirst();
      if (!ranges.isEmpty()) {
        exchange.setStatusCode(206);
        headers.put(Headers.CONTENT_RANGE, range.contentRange(size));
      }
      headers.put(Headers.CONTENT_TYPE, file.mediaType());
      exchange.setResponseContentLength(range == null ? 0 : range.length());
      body = range == null ? List.of() : List.of(new BodyPart.Range(range));
    }
    if (get && !body.isEmpty()) {
      BodyTransfer.send(exchange, file.content(), body);
    } else {
      exchange.endExchange();
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

  private void problem(HttpServerExchange exchange, int status, String type, List<Object> arguments) {
    HeaderValues acceptLanguage = exchange.getRequestHeaders().get(Headers.ACCEPT_LANGUAGE);
    Locale locale = acceptLanguage == null
        ? ProblemMessages.CHINESE
        : ProblemMessages.localeFor(LocaleUtils.getLocalesFromHeader(acceptLanguage));
    Problem problem = Problems.of(type, status, locale, exchange.getRequestURI(), arguments);
    byte[] body = json.toJson(problem).getBytes(StandardCharsets.UTF_8);
    exchange.setStatusCode(status);
    var headers = exchange.getResponseHeaders();
    headers.put(Headers.CACHE_CONTROL, "no-store");
    headers.put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8");
    exchange.setResponseContentLength(body.length);
    if (exchange.getRequestMethod().toString().equals("HEAD")) {
      exchange.endExchange();
    } else {
      exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
  }

  /**
   * Looked up at the first request on a worker, in the deployment's context: CDI is not up yet when the handler is
   * made. The application's shared JSON-B instance is taken first (its first use loads the provider, which needs the
   * deployment's class loader), so that an I/O thread that sees the files sees it too.
   */
  private MediaFiles files() {
    MediaFiles known = files;
    if (known == null) {
      json = SharedJsonb.JSON;
      known = CDI.current().select(MediaFiles.class).get();
      files = known;
    }
    return known;
  }
}
