package org.zhixing.courseware.transcode.control;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the system's ffmpeg and ffprobe are ({@code zhixing.ffmpeg}, {@code zhixing.ffprobe}; Debian's
 * {@code /usr/bin} by default). Either may be missing: uploads then skip the deep media check and videos stay
 * progressive MP4, and the asset's status says why.
 */
public record MediaTools(Path ffmpeg, Path ffprobe) {

  public static MediaTools fromSystemProperties() {
    return new MediaTools(
        Path.of(System.getProperty("zhixing.ffmpeg", "/usr/bin/ffmpeg")),
        Path.of(System.getProperty("zhixing.ffprobe", "/usr/bin/ffprobe")));
  }

  public boolean hasFfmpeg() {
    return Files.isExecutable(ffmpeg);
  }

  public boolean hasFfprobe() {
    return Files.isExecutable(ffprobe);
  }
}
