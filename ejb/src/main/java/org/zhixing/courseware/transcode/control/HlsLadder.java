package org.zhixing.courseware.transcode.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The HLS renditions made of a video: 240p for village links, 360p, 720p — each only when the source is at least
 * that tall, since scaling up adds bytes and no picture. A source smaller than the lowest rung gets one rendition at
 * its own (even) height. Segments are about four seconds, with a key frame at every segment start.
 */
public final class HlsLadder {

  public static final int SEGMENT_SECONDS = 4;

  /** One rendition: its folder name under {@code hls/}, picture height, and video bitrate in kbit/s. */
  public record Rung(String name, int height, int videoKbps) {}

  private static final List<Rung> LADDER =
      List.of(new Rung("240p", 240, 400), new Rung("360p", 360, 800), new Rung("720p", 720, 2500));
  private static final int AUDIO_KBPS = 96;

  private HlsLadder() {}

  public static List<Rung> rungsFor(int sourceHeight) {
    List<Rung> rungs = LADDER.stream().filter(r -> r.height() <= sourceHeight).toList();
    if (!rungs.isEmpty()) {
      return rungs;
    }
    int height = Math.max(2, sourceHeight - sourceHeight % 2);
    return List.of(new Rung(height + "p", height, LADDER.getFirst().videoKbps()));
  }

  /**
   * The ffmpeg command that makes all rungs in one decoding pass, writing {@code <out>/master.m3u8} and
   * {@code <out>/<rung>/index.m3u8} with numbered segments, every URI relative; progress goes to standard output.
   */
  public static List<String> command(String ffmpeg, String source, String out, List<Rung> rungs, boolean withAudio) {
    List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-y", "-i", source));
    StringBuilder filter = new StringBuilder("[0:v]split=" + rungs.size());
    for (int i = 0; i < rungs.size(); i++) {
      filter.append("[s").append(i).append(']');
    }
    for (int i = 0; i < rungs.size(); i++) {
      filter.append(";[s").append(i).append("]scale=-2:").append(rungs.get(i).height()).append("[v").append(i).append(']');
    }
    command.addAll(List.of("-filter_complex", filter.toString()));
    for (int i = 0; i < rungs.size(); i++) {
      command.addAll(List.of("-map", "[v" + i + "]"));
    }
    if (withAudio) {
      for (int i = 0; i < rungs.size(); i++) {
        command.addAll(List.of("-map", "0:a:0"));
      }
    }
    command.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"));
    for (int i = 0; i < rungs.size(); i++) {
      int kbps = rungs.get(i).videoKbps();
      command.addAll(List.of("-b:v:" + i, kbps + "k", "-maxrate:v:" + i, (kbps * 11 / 10) + "k", "-bufsize:v:" + i, (kbps * 2) + "k"));
    }
    if (withAudio) {
      command.addAll(List.of("-c:a", "aac", "-b:a", AUDIO_KBPS + "k", "-ac", "2"));
    }
    StringBuilder streams = new StringBuilder();
    for (int i = 0; i < rungs.size(); i++) {
      streams.append(i == 0 ? "" : " ").append("v:").append(i).append(withAudio ? ",a:" + i : "")
          .append(",name:").append(rungs.get(i).name());
    }
    command.addAll(List.of(
        "-force_key_frames", "expr:gte(t,n_forced*" + SEGMENT_SECONDS + ")", "-sc_threshold", "0",
        "-f", "hls", "-hls_time", Integer.toString(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
        "-hls_flags", "independent_segments",
        "-hls_segment_filename", out + "/%v/seg-%05d.ts",
        "-master_pl_name", "master.m3u8",
        "-var_stream_map", streams.toString(),
        "-progress", "pipe:1", "-nostats",
        out + "/%v/index.m3u8"));
    return command;
  }
}
