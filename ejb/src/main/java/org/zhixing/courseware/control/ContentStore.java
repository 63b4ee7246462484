package org.zhixing.courseware.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where courseware bytes live: originals as content-addressed blobs (named by their SHA-256, so the same file
 * uploaded twice is stored once), and beside each blob the files derived from it, such as HLS renditions.
 *
 * <p>The interface speaks of blobs and relative names, never of folders a caller may browse, so that an
 * S3-compatible object store can implement it: {@code put} becomes an upload to the key {@code blobs/<sha256>} (a
 * no-op when the key exists), {@code content} a ranged GET, and {@code publishDerived} an upload of a finished
 * folder under {@code derived/<sha256>/}. Only the work folders are local in every implementation, because ffmpeg
 * and the upload receiver write to a local disk. See docs/media.md.
 */
public interface ContentStore {

  /**
   * Takes over a fully received, verified file: hashes it and moves it in atomically, so a blob is either complete
   * or absent. When the blob exists already the file is simply deleted. Either way {@code file} is gone afterwards.
   */
  Blob put(Path file);

  Optional<Blob> find(String sha256);

  /** The bytes of a blob, if it is stored. */
  Optional<StoredContent> content(String sha256);

  /** A file derived from a blob, if it exists; never anything outside the blob's derived folder. */
  Optional<StoredContent> derived(String sha256, DerivedPath path);

  /**
   * A fresh, empty local folder on the store's own disk for work in progress (an upload being received, a rendition
   * being transcoded). Moving files from it into the store is a rename, never a copy.
   */
  Path newWorkFolder();

  /**
   * Publishes a finished work folder as the derived files called {@code name} of a blob, e.g. the HLS ladder as
   * {@code hls}: readers see all of it or nothing, and a previous folder of that name is replaced.
   */
  void publishDerived(String sha256, String name, Path finishedFolder);
}
