package org.zhixing.courseware.upload.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The header names and fixed values of the tus 1.0 protocol as this server speaks it. */
final class TusHeaders {

  static final String RESUMABLE = "Tus-Resumable";
  static final String VERSION = "Tus-Version";
  static final String EXTENSION = "Tus-Extension";
  static final String MAX_SIZE = "Tus-Max-Size";
  static final String CHECKSUM_ALGORITHM = "Tus-Checksum-Algorithm";
  static final String UPLOAD_OFFSET = "Upload-Offset";
  static final String UPLOAD_LENGTH = "Upload-Length";
  static final String UPLOAD_DEFER_LENGTH = "Upload-Defer-Length";
  static final String UPLOAD_METADATA = "Upload-Metadata";
  static final String UPLOAD_EXPIRES = "Upload-Expires";
  static final String UPLOAD_CHECKSUM = "Upload-Checksum";

  static final String PROTOCOL_VERSION = "1.0.0";
  static final String EXTENSIONS = "creation,expiration,checksum,termination";
  static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

  /** RFC 9110's IMF-fixdate, which tus asks for in {@code Upload-Expires}. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private TusHeaders() {}

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }
}
