package org.zhixing.courseware.transcode.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Runs ffmpeg over a local copy of a video to make its HLS ladder in a folder, reporting progress in percent of the
 * duration as ffmpeg's {@code -progress} output tells it. A failure carries ffmpeg's last complaint.
 */
public final class HlsTranscoder {

  private final MediaTools tools;

  public HlsTranscoder(MediaTools tools) {
    this.tools = tools;
  }

  /** Makes the ladder in {@code out}; answers the rung names. */
  public List<String> transcode(Path source, Path out, MediaProbe probe, IntConsumer percent) throws TranscodeFailedException {
    List<HlsLadder.Rung> rungs = HlsLadder.rungsFor(probe.height());
    List<String> command = HlsLadder.command(tools.ffmpeg().toString(), source.toString(), out.toString(), rungs, probe.hasAudio());
    try {
      Path errors = Files.createTempFile(out.getParent(), "ffmpeg", ".log");
      Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      try (BufferedReader progress = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
        String line;
        while ((line = progress.readLine()) != null) {
          if (line.startsWith("out_time_us=") && probe.durationMillis() > 0) {
            percent.accept(percentOf(line.substring("out_time_us=".length()), probe.durationMillis()));
          }
        }
      }
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new TranscodeFailedException("ffmpeg did not end");
      }
      if (process.exitValue() != 0) {
        String complaint = Files.readString(errors, StandardCharsets.UTF_8).strip();
        throw new TranscodeFailedException("ffmpeg exit " + process.exitValue() + ": " + lastLine(complaint));
      }
      Files.deleteIfExists(errors);
      if (!Files.isRegularFile(out.resolve("master.m3u8"))) {
        throw new TranscodeFailedException("ffmpeg wrote no master playlist");
      }
      return rungs.stream().map(HlsLadder.Rung::name).toList();
    } catch (IOException e) {
      throw new TranscodeFailedException("ffmpeg could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranscodeFailedException("interrupted");
    }
  }

  static int percentOf(String microseconds, long durationMillis) {
    try {
      long done = Long.parseLong(microseconds.strip()) / 1000;
      return (int) Math.max(0, Math.min(99, done * 100 / durationMillis));
    } catch (NumberFormatException e) {
      return 0; // ffmpeg writes N/A before the first frame
    }
  }

  private static String lastLine(String text) {
    return text.isEmpty() ? "(no message)" : text.substring(text.lastIndexOf('\n') + 1);
  }
}
