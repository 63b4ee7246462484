package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The content store on the local file system, under {@code zhixing.content.dir} (by default WildFly's data folder):
 *
 * <pre>
 * blobs/ab/cd/abcd…(64 hex)      originals, named by their SHA-256, never changed once there
 * derived/abcd…/hls/master.m3u8  files made from a blob (published whole by renaming a finished folder)
 * work/…                         uploads and transcodes in progress, on the same disk so that moves are renames
 * </pre>
 *
 * Several nodes may share the folder over a network file system: every write is a rename of a complete file or folder.
 */
@ApplicationScoped
public class FileSystemContentStore implements ContentStore {

  private final Path root;

  /** For CDI: the folder from the system properties. */
  public FileSystemContentStore() {
    this(contentDirectory());
  }

  public FileSystemContentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Blob put(Path file) {
    try {
      Blob blob = new Blob(Sha256.of(file), Files.size(file));
      Path target = blobPath(blob.sha256());
      if (Files.exists(target)) {
        Files.delete(file);
        return blob;
      }
      Files.createDirectories(target.getParent());
      moveAtomically(file, target);
      return blob;
    } catch (IOException e) {
      throw new UncheckedIOException("Storing " + file + " failed", e);
    }
  }

  /** A rename within one file system; from another one, a copy into the work folder first, then the rename. */
  private void moveAtomically(Path file, Path target) throws IOException {
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Path staged = newWorkFolder().resolve("blob");
      Files.copy(file, staged);
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(staged.getParent());
      Files.delete(file);
    }
  }

  @Override
  public Optional<Blob> find(String sha256) {
    return content(sha256).map(content -> new Blob(sha256, content.size()));
  }

  @Override
  public Optional<StoredContent> content(String sha256) {
    return regularFile(blobPath(Blob.requireSha256(sha256)));
  }

  @Override
  public Optional<StoredContent> derived(String sha256, DerivedPath path) {
    Path base = derivedFolder(sha256);
    Path file = base.resolve(path.toString()).normalize();
    if (!file.startsWith(base) || !resolvesInside(file, base)) {
      return Optional.empty();
    }
    return regularFile(file);
  }

  /** Refuses symbolic links that lead out of the blob's folder (DerivedPath already keeps ".." out of the name). */
  private static boolean resolvesInside(Path file, Path base) {
    try {
      return file.toRealPath().startsWith(base.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Path newWorkFolder() {
    try {
      return Files.createDirectories(root.resolve("work").resolve(UUID.randomUUID().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a work folder under " + root, e);
    }
  }

  @Override
  public void publishDerived(String sha256, String name, Path finishedFolder) {
    DerivedPath target = DerivedPath.parse(name).filter(p -> p.segments().size() == 1)
        .orElseThrow(() -> new IllegalArgumentException("not a derived folder name: " + name));
    Path folder = derivedFolder(sha256);
    Path published = folder.resolve(target.toString());
    try {
      Files.createDirectories(folder);
      Path old = folder.resolve("." + name + "-" + UUID.randomUUID());
      // A folder cannot be renamed over a non-empty one: move the old one aside first, then delete it.
      boolean replacing = Files.exists(published, LinkOption.NOFOLLOW_LINKS);
      if (replacing) {
        Files.move(published, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(finishedFolder, published, StandardCopyOption.ATOMIC_MOVE);
      if (replacing) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Publishing " + finishedFolder + " as " + published + " failed", e);
    }
  }

  private Path blobPath(String sha256) {
    return root.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private Path derivedFolder(String sha256) {
    return root.resolve("derived").resolve(Blob.requireSha256(sha256));
  }

  private static Optional<StoredContent> regularFile(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.isRegularFile()
          ? Optional.of(new LocalFile(file, attributes.size(), attributes.lastModifiedTime().toInstant()))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Path contentDirectory() {
    String configured = System.getProperty("zhixing.content.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "data"), "zhixing-content");
  }

  /** A stored file; opened as a FileChannel, which is what lets the streaming endpoint use sendfile. */
  record LocalFile(Path path, long size, Instant lastModified) implements StoredContent {
    @Override
    public SeekableByteChannel open() throws IOException {
      return FileChannel.open(path, StandardOpenOption.READ);
    }
  }
}
