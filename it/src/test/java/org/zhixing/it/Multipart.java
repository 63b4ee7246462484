package org.zhixing.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds a multipart/form-data body part by part. */
public final class Multipart {

  private final String boundary = "zhixing-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart file(String name, String fileName, String contentType, byte[] content) {
    head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType);
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Multipart json(String name, String json) {
    head("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json");
    body.writeBytes(json.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Multipart text(String name, String value) {
    head("Content-Disposition: form-data; name=\"" + name + "\"");
    body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private void head(String headers) {
    body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] body() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(body.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }
}
