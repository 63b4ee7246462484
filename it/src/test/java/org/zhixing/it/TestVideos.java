package org.zhixing.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tiny real videos made by the system's ffmpeg for the upload tests: a couple of seconds, tens of kilobytes. */
final class TestVideos {

  private TestVideos() {}

  /** A 2-second 320×240 test picture with a tone, H.264/AAC in MP4. */
  static byte[] mp4() {
    return mp4(2);
  }

  /** A 320×240 test picture with a tone of the given length, H.264/AAC in MP4. */
  static byte[] mp4(int seconds) {
    return ffmpeg(".mp4", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=" + seconds, "-f", "lavfi",
        "-i", "sine=frequency=440:duration=" + seconds, "-c:v", "libx264", "-preset", "ultrafast",
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart");
  }

  private static byte[] ffmpeg(String suffix, String... arguments) {
    try {
      Path out = Files.createTempFile("zhixing-it", suffix);
      List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
      command.addAll(List.of(arguments));
      command.add(out.toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("ffmpeg failed: " + output);
      }
      byte[] bytes = Files.readAllBytes(out);
      Files.delete(out);
      return bytes;
    } catch (IOException e) {
      throw new IllegalStateException("ffmpeg is needed for the upload tests (apt-get install ffmpeg)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
