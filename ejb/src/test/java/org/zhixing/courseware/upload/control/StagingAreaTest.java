package org.zhixing.courseware.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingAreaTest {

  @TempDir Path dir;
  private final StagingArea staging = new StagingArea();
  private final RunningDigests digests = new RunningDigests();
  private final UUID id = UUID.randomUUID();

  @BeforeEach
  void open() {
    System.setProperty("zhixing.upload.dir", dir.toString());
    try {
      staging.settings = new UploadSettings();
      staging.open();
    } finally {
      System.clearProperty("zhixing.upload.dir");
    }
    staging.create(id);
  }

  private static InputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void chunksLandAtTheirOffsetAndFeedTheRunningHash() throws Exception {
    MessageDigest whole = digests.at(id, 0, staging.path(id));
    staging.write(id, 0, body("hello "), 11, List.of(whole));
    digests.remember(id, 6, whole);
    MessageDigest next = digests.at(id, 6, staging.path(id));
    staging.write(id, 6, body("world"), 5, List.of(next));

    assertThat(Files.readString(staging.path(id))).isEqualTo("hello world");
    assertThat(HexFormat.of().formatHex(next.digest()))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("hello world".getBytes())));
  }

  @Test
  void afterARestartTheHashIsRebuiltFromTheStagedPrefix() throws Exception {
    staging.write(id, 0, body("hello "), 11, List.of(MessageDigest.getInstance("SHA-256")));
    MessageDigest resumed = new RunningDigests().at(id, 6, staging.path(id));

    assertThat(resumed.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest("hello ".getBytes()));
  }

  @Test
  void aBodyThatBreaksOffKeepsWhatArrived() {
    InputStream breaking = new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        if (sent == 4) {
          throw new IOException("connection reset");
        }
        return "abcd".charAt(sent++);
      }
    };

    StagingArea.Received received = staging.write(id, 0, breaking, 10, List.of());

    assertThat(received).isEqualTo(new StagingArea.Received(4, true));
  }

  @Test
  void bytesBeyondTheAnnouncedLengthAreRefusedAndNotKept() throws Exception {
    staging.write(id, 0, body("abc"), 10, List.of());

    assertThatThrownBy(() -> staging.write(id, 3, body("0123456789"), 7, List.of()))
        .isInstanceOf(UploadOverrunException.class);
    assertThat(Files.readString(staging.path(id))).isEqualTo("abc");
  }

  @Test
  void aRewrittenChunkReplacesWhatWasThere() throws Exception {
    staging.write(id, 0, body("abcdef"), 10, List.of());
    staging.truncate(id, 3);
    staging.write(id, 3, body("XYZ"), 7, List.of());

    assertThat(Files.readString(staging.path(id))).isEqualTo("abcXYZ");
  }
}
