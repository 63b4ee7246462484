package org.zhixing.policy.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip of a bulk import: document files and {@code metadata.xlsx}. Entries are known by their file name alone (any
 * folder inside the zip is ignored, so no name can point outside); sizes are checked while reading, not trusted from
 * the zip's directory, so a zip bomb stops at the limit.
 */
final class PolicyArchive implements AutoCloseable {

  static final String METADATA = "metadata.xlsx";
  private static final int MAX_ENTRIES = 2000;

  private final ZipFile zip;
  private final Map<String, ZipEntry> byName = new HashMap<>();

  private PolicyArchive(ZipFile zip) {
    this.zip = zip;
    zip.stream().filter(e -> !e.isDirectory()).forEach(e -> byName.putIfAbsent(baseName(e.getName()), e));
    if (byName.size() > MAX_ENTRIES) {
      throw new InvalidImportException("压缩包内文件超过 " + MAX_ENTRIES + " 个");
    }
  }

  static PolicyArchive open(Path file) {
    try {
      return new PolicyArchive(new ZipFile(file.toFile()));
    } catch (IOException e) {
      throw new InvalidImportException("上传的文件不是有效的 zip 压缩包");
    }
  }

  InputStream metadata() {
    return entry(METADATA).map(this::stream).orElseThrow(() -> new InvalidImportException("压缩包中没有 " + METADATA));
  }

  /** The named file's bytes, at most {@code limit}; empty when the zip has no such file. */
  Optional<byte[]> read(String fileName, int limit) {
    return entry(baseName(fileName)).map(e -> {
      try (InputStream in = stream(e)) {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
          throw new DocumentTooLargeException(String.valueOf(limit));
        }
        return bytes;
      } catch (IOException ex) {
        throw new CorruptDocumentException(fileName);
      }
    });
  }

  private Optional<ZipEntry> entry(String name) {
    return byName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }

  private InputStream stream(ZipEntry entry) {
    try {
      return zip.getInputStream(entry);
    } catch (IOException e) {
      throw new InvalidImportException("压缩包中的 " + entry.getName() + " 无法读取");
    }
  }

  private static String baseName(String name) {
    String normalized = name.replace('\\', '/');
    return normalized.substring(normalized.lastIndexOf('/') + 1).strip();
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // Reading is over; a failed close of a temp file changes nothing for the import.
    }
  }
}
