package org.zhixing.courseware.upload.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small real files made on the spot: videos and audio by the system's ffmpeg, PDFs by PDFBox, pictures by ImageIO. */
public final class TestMedia {

  private TestMedia() {}

  /** A 2-second 320×240 test picture with a tone, as H.264/AAC MP4 with the index first. */
  public static Path mp4(Path dir, String name) {
    return ffmpeg(dir.resolve(name), "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=2", "-f", "lavfi",
        "-i", "sine=frequency=440:duration=2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-shortest", "-movflags", "+faststart");
  }

  /** The same as WebM (VP8), a container without ISO boxes. */
  public static Path webm(Path dir, String name) {
    return ffmpeg(dir.resolve(name), "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=1", "-c:v", "libvpx",
        "-b:v", "200k");
  }

  public static Path mp3(Path dir, String name) {
    return ffmpeg(dir.resolve(name), "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libmp3lame");
  }

  /** Sound only, in an MP4 container (brand isom, like a video). */
  public static Path soundInMp4(Path dir, String name) {
    return ffmpeg(dir.resolve(name), "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac");
  }

  public static Path pdf(Path dir, String name, int pages) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      document.save(file.toFile());
    }
    return file;
  }

  public static Path png(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    return file;
  }

  /** A copy cut to the given share of its length, as a broken-off transfer leaves it. */
  public static Path cut(Path file, double share) throws IOException {
    Path cut = file.resolveSibling("cut-" + file.getFileName());
    Files.copy(file, cut);
    try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
      raf.setLength((long) (raf.length() * share));
    }
    return cut;
  }

  private static Path ffmpeg(Path out, String... arguments) {
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
    command.addAll(List.of(arguments));
    command.add(out.toString());
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("ffmpeg failed: " + output);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("ffmpeg is needed for the media tests (apt-get install ffmpeg)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
