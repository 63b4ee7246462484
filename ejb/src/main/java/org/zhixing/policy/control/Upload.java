package org.zhixing.policy.control;

/** A file as it arrived: the name the browser gave it, and its bytes. */
public record Upload(String fileName, byte[] content) {

  public Upload {
    fileName = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/]", "_").strip();
  }
}
