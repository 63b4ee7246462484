package org.zhixing.courseware.transcode.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.courseware.upload.control.TestMedia;

class HlsTranscoderTest {

  @TempDir Path dir;
  private final MediaTools tools = MediaTools.fromSystemProperties();

  @Test
  void aVideoBecomesAMasterPlaylistWithOneRenditionPerRung() throws Exception {
    Path video = TestMedia.mp4(dir, "lesson.mp4");
    MediaProbe probe = ((Ffprobe.Probed) new Ffprobe(tools.ffprobe()).probe(video)).probe();
    Path out = Files.createDirectory(dir.resolve("hls"));
    List<Integer> progress = new ArrayList<>();

    List<String> rungs = new HlsTranscoder(tools).transcode(video, out, probe, progress::add);

    assertThat(rungs).containsExactly("240p");
    assertThat(Files.readString(out.resolve("master.m3u8"))).contains("240p/index.m3u8").doesNotContain("/hls/");
    assertThat(Files.readString(out.resolve("240p/index.m3u8"))).contains("seg-00000.ts").contains("#EXT-X-ENDLIST");
    assertThat(progress).isNotEmpty().allMatch(p -> p >= 0 && p < 100);
  }

  @Test
  void aMissingFfmpegFailsWithAMessage() throws Exception {
    Path video = TestMedia.mp4(dir, "lesson.mp4");
    MediaProbe probe = new MediaProbe("mp4", 2000, true, true, 320, 240);
    MediaTools missing = new MediaTools(dir.resolve("no-ffmpeg"), tools.ffprobe());

    assertThatThrownBy(() -> new HlsTranscoder(missing).transcode(video, Files.createDirectory(dir.resolve("hls")), probe, p -> {}))
        .isInstanceOf(TranscodeFailedException.class)
        .hasMessageContaining("could not run");
  }

  @Test
  void progressIsAShareOfTheDuration() {
    assertThat(HlsTranscoder.percentOf("1000000", 2000)).isEqualTo(50);
    assertThat(HlsTranscoder.percentOf("N/A", 2000)).isZero();
    assertThat(HlsTranscoder.percentOf("5000000", 2000)).isEqualTo(99);
  }
}
