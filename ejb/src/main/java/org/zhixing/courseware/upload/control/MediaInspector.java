package org.zhixing.courseware.upload.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.zhixing.courseware.transcode.control.Ffprobe;
import org.zhixing.courseware.transcode.control.MediaProbe;
import org.zhixing.courseware.transcode.control.MediaTools;
import org.zhixing.courseware.entity.AssetKind;

/**
 * Decides what a finished upload is and whether it is whole, from its bytes alone: Tika's magic detection for the
 * type (the file name is never shown to it), the size limit of that kind, then a check that fits the kind — the box
 * structure and ffprobe for media, the end marker and PDFBox for PDFs, the end marker for PNG, JPEG and GIF.
 */
@ApplicationScoped
public class MediaInspector {

  private static final Set<String> ISO_BASE_MEDIA =
      Set.of("video/mp4", "video/quicktime", "audio/mp4", "video/3gpp", "video/3gpp2");
  private static final int TAIL = 1024;

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final MediaTools tools = MediaTools.fromSystemProperties();

  public Inspection inspect(Path file, String fileName, UploadLimits limits) {
    String mediaType = ContainerBrands.refine(detect(file), file);
    // SVG is XML that can carry scripts: not taken as a picture.
    AssetKind kind = AssetKind.of(mediaType)
        .filter(k -> !mediaType.startsWith("image/svg"))
        .orElseThrow(() -> new UnsupportedAssetKindException(fileName, mediaType));
    long size = size(file);
    limits.check(kind, size);
    return switch (kind) {
      case VIDEO, AUDIO -> media(file, fileName, kind, mediaType, size, limits);
      case PDF -> pdf(file, fileName, mediaType, size);
      case IMAGE -> image(file, fileName, mediaType, size);
      case HTML -> new Inspection(kind, mediaType, size, 0, 0, 0);
    };
  }

  String detect(Path file) {
    try (InputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Sniffing " + file + " failed", e);
    }
  }

  private Inspection media(Path file, String fileName, AssetKind kind, String mediaType, long size, UploadLimits limits) {
    if (ISO_BASE_MEDIA.contains(mediaType)) {
      IsoBoxes.problemIn(file).ifPresent(problem -> {
        throw new TruncatedMediaException(fileName, problem);
      });
    }
    if (!tools.hasFfprobe()) {
      // Without ffprobe the structure check above is all there is; the asset's status will say ffmpeg is missing.
      return new Inspection(kind, mediaType, size, 0, 0, 0);
    }
    return switch (new Ffprobe(tools.ffprobe()).probe(file)) {
      case Ffprobe.Unreadable unreadable -> throw new TruncatedMediaException(fileName, unreadable.reason());
      case Ffprobe.Probed probed -> {
        MediaProbe probe = probed.probe();
        if (probe.durationMillis() <= 0) {
          throw new TruncatedMediaException(fileName, "no duration");
        }
        if (kind == AssetKind.VIDEO && !probe.hasVideo()) {
          // An MP4 or WebM with sound only is audio, and is held to the audio limit.
          limits.check(AssetKind.AUDIO, size);
          yield new Inspection(AssetKind.AUDIO, ContainerBrands.asAudio(mediaType), size, probe.durationMillis(), 0, 0);
        }
        yield new Inspection(kind, mediaType, size, probe.durationMillis(), probe.height(), 0);
      }
    };
  }

  private Inspection pdf(Path file, String fileName, String mediaType, long size) {
    if (!new String(tail(file), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
      throw new TruncatedMediaException(fileName, "no %%EOF marker at the end");
    }
    try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      return new Inspection(AssetKind.PDF, mediaType, size, 0, 0, document.getNumberOfPages());
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new TruncatedMediaException(fileName, "protected by a password");
    } catch (IOException e) {
      throw new TruncatedMediaException(fileName, "unreadable PDF: " + e.getMessage());
    }
  }

  private Inspection image(Path file, String fileName, String mediaType, long size) {
    byte[] tail = tail(file);
    boolean whole = switch (mediaType) {
      case "image/png" -> endsWith(tail, HexFormat.of().parseHex("49454e44ae426082"));
      case "image/jpeg" -> endsWith(trimmed(tail), new byte[] {(byte) 0xff, (byte) 0xd9});
      case "image/gif" -> endsWith(trimmed(tail), new byte[] {0x3b});
      default -> true;
    };
    if (!whole) {
      throw new TruncatedMediaException(fileName, "the picture ends before its end marker");
    }
    return new Inspection(AssetKind.IMAGE, mediaType, size, 0, 0, 0);
  }

  /** Some cameras pad JPEGs with zero bytes after the end marker. */
  private static byte[] trimmed(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    return Arrays.copyOf(bytes, end);
  }

  private static boolean endsWith(byte[] bytes, byte[] suffix) {
    return bytes.length >= suffix.length
        && Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
  }

  private static byte[] tail(Path file) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      byte[] tail = new byte[(int) Math.min(TAIL, length)];
      in.seek(length - tail.length);
      in.readFully(tail);
      return tail;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the end of " + file + " failed", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
