package org.zhixing.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import org.zhixing.launcher.DatabaseLogin;

/**
 * Puts a video into the content store and the catalog the way an upload ends: the file at
 * {@code blobs/ab/cd/<sha256>} under the server's content folder and a {@code media_asset} row owned by 太康县, the
 * demo trainer's county. The API's direct upload takes at most 10 MiB (the HTTP listener's request limit), and the
 * resumable upload is another part's, so the benchmark seeds like search.sh does: straight into the store and the
 * table.
 */
final class MediaSeed {

  private static final String TAIKANG = "411627000000";
  private static final String TAIKANG_PATH = "/411600000000/411627000000/";

  private MediaSeed() {}

  /** Stores {@code video} and registers it; answers the new asset's id and the blob's path. */
  static Seeded seed(Path video, Path contentDir, DatabaseLogin login) {
    try {
      String sha256 = sha256(video);
      Path blob = contentDir.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
      Files.createDirectories(blob.getParent());
      Files.copy(video, blob);
      UUID id = UUID.randomUUID();
      Properties properties = new Properties();
      properties.setProperty("user", login.user());
      properties.setProperty("password", login.password());
      try (Connection db = DriverManager.getConnection(login.url(), properties);
          var insert = db.prepareStatement("""
              insert into media_asset (id, sha256, media_type, kind, size_bytes, original_name, owner_unit_code,
                                       owner_unit_path, created_by, status)
              values (?, ?, 'video/mp4', 'VIDEO', ?, 'bench-video.mp4', ?, ?, 'trainer', 'READY')
              """)) {
        insert.setObject(1, id);
        insert.setString(2, sha256);
        insert.setLong(3, Files.size(video));
        insert.setString(4, TAIKANG);
        insert.setString(5, TAIKANG_PATH);
        insert.executeUpdate();
      }
      return new Seeded(id.toString(), blob);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new BenchmarkFailure("registering the video failed: " + e.getMessage());
    }
  }

  record Seeded(String assetId, Path blob) {}

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
