package org.zhixing.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that keeps Chinese file names intact in every browser (RFC 6266 with RFC 5987 encoding). */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
