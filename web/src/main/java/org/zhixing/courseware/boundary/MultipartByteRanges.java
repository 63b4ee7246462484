package org.zhixing.courseware.boundary;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A 206 with several ranges as {@code multipart/byteranges} (RFC 9110 §14.6): each part with its own Content-Type and
 * Content-Range. The length of the whole body is known beforehand, so it is sent with a Content-Length, and each
 * part's bytes go out like a single range.
 */
final class MultipartByteRanges {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String mediaType;
  private final long size;
  private final List<ByteRange> ranges;
  private final String boundary;

  MultipartByteRanges(String mediaType, long size, List<ByteRange> ranges) {
    this.mediaType = mediaType;
    this.size = size;
    this.ranges = ranges;
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    // Random, so that it cannot occur in the content by design of whoever uploaded it.
    this.boundary = "zhixing-" + HexFormat.of().formatHex(random);
  }

  /** Sets the status and headers, and answers the body as parts for {@link BodyTransfer} to send. */
  List<BodyPart> prepare(HttpServerExchange exchange) {
    exchange.setStatusCode(206);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "multipart/byteranges; boundary=" + boundary);
    exchange.setResponseContentLength(length());
    List<BodyPart> body = new ArrayList<>();
    for (ByteRange range : ranges) {
      body.add(new BodyPart.Bytes(partHeader(range)));
      body.add(new BodyPart.Range(range));
    }
    body.add(new BodyPart.Bytes(closing()));
    return body;
  }

  long length() {
    long total = closing().length;
    for (ByteRange range : ranges) {
      total += partHeader(range).length + range.length();
    }
    return total;
  }

  private byte[] partHeader(ByteRange range) {
    return ("\r\n--" + boundary + "\r\nContent-Type: " + mediaType + "\r\nContent-Range: " + range.contentRange(size)
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] closing() {
    return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
