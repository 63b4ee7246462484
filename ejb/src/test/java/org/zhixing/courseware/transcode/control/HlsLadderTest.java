package org.zhixing.courseware.transcode.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HlsLadderTest {

  private static List<String> names(int height) {
    return HlsLadder.rungsFor(height).stream().map(HlsLadder.Rung::name).toList();
  }

  @Test
  void rungsAboveTheSourceAreSkipped() {
    assertThat(names(1080)).containsExactly("240p", "360p", "720p");
    assertThat(names(720)).containsExactly("240p", "360p", "720p");
    assertThat(names(480)).containsExactly("240p", "360p");
    assertThat(names(240)).containsExactly("240p");
  }

  @Test
  void aSourceBelowTheLowestRungKeepsItsOwnEvenHeight() {
    assertThat(HlsLadder.rungsFor(181)).containsExactly(new HlsLadder.Rung("180p", 180, 400));
  }

  @Test
  void oneFfmpegPassWritesEveryRungWithRelativePlaylists() {
    List<String> command = HlsLadder.command("ffmpeg", "in.mp4", "out", HlsLadder.rungsFor(400), true);

    assertThat(String.join(" ", command))
        .contains("[0:v]split=2[s0][s1];[s0]scale=-2:240[v0];[s1]scale=-2:360[v1]")
        .contains("-var_stream_map v:0,a:0,name:240p v:1,a:1,name:360p")
        .contains("-hls_time 4")
        .contains("expr:gte(t,n_forced*4)")
        .contains("-master_pl_name master.m3u8")
        .endsWith("out/%v/index.m3u8");
  }

  @Test
  void aSilentVideoMapsNoAudio() {
    String command = String.join(" ", HlsLadder.command("ffmpeg", "in.mp4", "out", HlsLadder.rungsFor(240), false));

    assertThat(command).contains("-var_stream_map v:0,name:240p").doesNotContain("0:a").doesNotContain("-c:a");
  }
}
