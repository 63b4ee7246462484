package org.zhixing.courseware.transcode.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs ffprobe on a file and reads its JSON answer. A file ffprobe cannot open (no index, cut off before the streams)
 * gives an empty answer with ffprobe's own complaint, which is what an upload reports as damaged.
 */
public final class Ffprobe {

  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;

  public Ffprobe(Path executable) {
    this.executable = executable;
  }

  /** The probe, or the reason ffprobe gave for not reading the file. */
  public sealed interface Result permits Probed, Unreadable {}

  public record Probed(MediaProbe probe) implements Result {}

  public record Unreadable(String reason) implements Result {}

  public Result probe(Path file) {
    List<String> command = List.of(executable.toString(), "-v", "error", "-print_format", "json",
        "-show_format", "-show_streams", file.toString());
    try {
      Path errors = Files.createTempFile("ffprobe", ".log");
      try {
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return new Unreadable("ffprobe timed out");
        }
        String complaint = Files.readString(errors, StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
          return new Unreadable(complaint.isEmpty() ? "ffprobe exit " + process.exitValue() : lastLine(complaint));
        }
        return parse(json).<Result>map(Probed::new).orElseGet(() -> new Unreadable("no media streams"));
      } finally {
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      return new Unreadable("ffprobe could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Unreadable("interrupted");
    }
  }

  /** Reads ffprobe's {@code -show_format -show_streams} JSON; empty when it lists no audio or video stream. */
  static Optional<MediaProbe> parse(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonParsingException e) {
      return Optional.empty();
    }
    JsonObject format = root.getJsonObject("format");
    boolean hasAudio = false;
    JsonObject video = null;
    for (JsonValue value : root.getJsonArray("streams") == null ? List.<JsonValue>of() : root.getJsonArray("streams")) {
      JsonObject stream = value.asJsonObject();
      String type = stream.getString("codec_type", "");
      // A cover picture in an audio file is a one-frame "video" stream; it does not make the file a video.
      boolean picture = stream.getJsonObject("disposition") != null
          && stream.getJsonObject("disposition").getInt("attached_pic", 0) == 1;
      if (type.equals("video") && !picture && video == null) {
        video = stream;
      } else if (type.equals("audio")) {
        hasAudio = true;
      }
    }
    if (video == null && !hasAudio) {
      return Optional.empty();
    }
    long durationMillis = Math.round(number(format, "duration") * 1000);
    return Optional.of(new MediaProbe(
        format == null ? "" : format.getString("format_name", ""),
        durationMillis,
        video != null,
        hasAudio,
        video == null ? 0 : video.getInt("width", 0),
        video == null ? 0 : video.getInt("height", 0)));
  }

  /** ffprobe writes numbers as strings ("2.000000"); a missing one is zero. */
  private static double number(JsonObject object, String key) {
    if (object == null || !object.containsKey(key)) {
      return 0;
    }
    JsonValue value = object.get(key);
    try {
      return value instanceof JsonNumber n ? n.doubleValue() : Double.parseDouble(((JsonString) value).getString());
    } catch (NumberFormatException | ClassCastException e) {
      return 0;
    }
  }

  private static String lastLine(String text) {
    return text.substring(text.lastIndexOf('\n') + 1);
  }
}
