package org.zhixing.courseware.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.courseware.entity.AssetKind;

class MediaInspectorTest {

  @TempDir Path dir;
  private final MediaInspector inspector = new MediaInspector();

  private Inspection inspect(Path file) {
    return inspector.inspect(file, file.getFileName().toString(), UploadLimits.DEFAULTS);
  }

  @Test
  void anMp4IsAVideoWithItsDurationAndHeight() {
    Inspection video = inspect(TestMedia.mp4(dir, "lesson.mp4"));

    assertThat(video.kind()).isEqualTo(AssetKind.VIDEO);
    assertThat(video.mediaType()).isEqualTo("video/mp4");
    assertThat(video.durationMillis()).isBetween(1900L, 2200L);
    assertThat(video.height()).isEqualTo(240);
  }

  @Test
  void theNameDoesNotDecideTheType() throws IOException {
    Path renamed = Files.move(TestMedia.mp4(dir, "a.mp4"), dir.resolve("slides.pdf"));
    assertThat(inspect(renamed).kind()).isEqualTo(AssetKind.VIDEO);

    Path text = Files.writeString(dir.resolve("lesson.mp4"), "这不是视频，只是一段文字。".repeat(50));
    assertThatThrownBy(() -> inspect(text))
        .isInstanceOfSatisfying(UnsupportedAssetKindException.class,
            e -> assertThat(e.arguments()).containsExactly("lesson.mp4", "text/plain"));
  }

  @Test
  void webmAndMp3AreTaken() {
    assertThat(inspect(TestMedia.webm(dir, "clip.webm")).mediaType()).isEqualTo("video/webm");
    assertThat(inspect(TestMedia.mp3(dir, "tone.mp3")).kind()).isEqualTo(AssetKind.AUDIO);
  }

  @Test
  void anMp4WithSoundOnlyIsAudio() {
    Inspection sound = inspect(TestMedia.soundInMp4(dir, "speech.mp4"));

    assertThat(sound.kind()).isEqualTo(AssetKind.AUDIO);
    assertThat(sound.mediaType()).isEqualTo("audio/mp4");
  }

  @Test
  void anMp4CutOffHalfwayIsTruncated() throws IOException {
    Path cut = TestMedia.cut(TestMedia.mp4(dir, "lesson.mp4"), 0.5);

    assertThatThrownBy(() -> inspect(cut)).isInstanceOf(TruncatedMediaException.class).hasMessageContaining("mdat");
  }

  @Test
  void anMp4WithoutItsIndexIsTruncated() throws IOException {
    // Without +faststart the index (moov) comes last: cutting the end takes the index away.
    Path noIndex = dir.resolve("no-index.mp4");
    Files.copy(TestMedia.mp4(dir, "lesson.mp4"), noIndex);
    byte[] bytes = Files.readAllBytes(noIndex);
    int moov = indexOf(bytes, "moov") - 4;
    int mdat = indexOf(bytes, "mdat") - 4;
    // Keep ftyp and mdat only, as a recorder that crashed before writing the index leaves them.
    byte[] kept = new byte[bytes.length - (mdat - moov)];
    System.arraycopy(bytes, 0, kept, 0, moov);
    System.arraycopy(bytes, mdat, kept, moov, bytes.length - mdat);
    Files.write(noIndex, kept);

    assertThatThrownBy(() -> inspect(noIndex)).isInstanceOf(TruncatedMediaException.class).hasMessageContaining("moov");
  }

  @Test
  void aPdfHasItsPagesCounted() throws IOException {
    Inspection pdf = inspect(TestMedia.pdf(dir, "rules.pdf", 3));

    assertThat(pdf.kind()).isEqualTo(AssetKind.PDF);
    assertThat(pdf.pages()).isEqualTo(3);
  }

  @Test
  void aPdfWithoutItsEndIsTruncated() throws IOException {
    Path cut = TestMedia.cut(TestMedia.pdf(dir, "rules.pdf", 3), 0.7);

    assertThatThrownBy(() -> inspect(cut)).isInstanceOf(TruncatedMediaException.class).hasMessageContaining("%%EOF");
  }

  @Test
  void picturesAndHtmlAreTakenAndACutPictureIsNot() throws IOException {
    Path png = TestMedia.png(dir, "cover.png");
    assertThat(inspect(png).kind()).isEqualTo(AssetKind.IMAGE);
    assertThatThrownBy(() -> inspect(TestMedia.cut(png, 0.8))).isInstanceOf(TruncatedMediaException.class);

    Path html = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><head><title>五星</title></head><body>支部</body></html>");
    assertThat(inspect(html).kind()).isEqualTo(AssetKind.HTML);
  }

  @Test
  void eachKindHasItsOwnLimit() throws IOException {
    Path pdf = TestMedia.pdf(dir, "rules.pdf", 1);
    UploadLimits tiny = new UploadLimits(Map.of(AssetKind.VIDEO, 1L << 30, AssetKind.AUDIO, 1L << 30,
        AssetKind.PDF, 100L, AssetKind.HTML, 100L, AssetKind.IMAGE, 100L));

    assertThatThrownBy(() -> inspector.inspect(pdf, "rules.pdf", tiny)).isInstanceOf(UploadTooLargeException.class);
  }

  private static int indexOf(byte[] bytes, String type) {
    byte[] pattern = type.getBytes();
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (bytes[i] == pattern[0] && bytes[i + 1] == pattern[1] && bytes[i + 2] == pattern[2] && bytes[i + 3] == pattern[3]) {
        return i;
      }
    }
    throw new AssertionError(type + " not found");
  }
}
