package org.zhixing.courseware.transcode.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FfprobeTest {

  @Test
  void readsDurationAndTheFirstVideoStream() {
    String json = """
        {"streams": [
          {"codec_type": "audio"},
          {"codec_type": "video", "width": 1280, "height": 720, "disposition": {"attached_pic": 0}}],
         "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "12.480000"}}""";

    assertThat(Ffprobe.parse(json))
        .contains(new MediaProbe("mov,mp4,m4a,3gp,3g2,mj2", 12480, true, true, 1280, 720));
  }

  @Test
  void aCoverPictureDoesNotMakeAudioAVideo() {
    String json = """
        {"streams": [
          {"codec_type": "audio"},
          {"codec_type": "video", "width": 600, "height": 600, "disposition": {"attached_pic": 1}}],
         "format": {"format_name": "mp3", "duration": "3.0"}}""";

    assertThat(Ffprobe.parse(json).orElseThrow().hasVideo()).isFalse();
  }

  @Test
  void noStreamsOrNoJsonIsNoMedia() {
    assertThat(Ffprobe.parse("{\"streams\": [], \"format\": {}}")).isEmpty();
    assertThat(Ffprobe.parse("moov atom not found")).isEmpty();
  }
}
