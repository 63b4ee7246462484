package org.zhixing.schedule.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

  private static final int SCALE = 4;

  @Test
  void theDrawnCodeReadsBackAsTheSignInAddress() throws Exception {
    String url = "http://127.0.0.1:8080/sign-in/2n9~1q2w3e4~AbCdEfGhIjKlMnOpQrStUv";

    String svg = QrSvg.of(url);

    assertThat(svg).startsWith("<svg").doesNotContain("script");
    assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels(svg)))).getText()).isEqualTo(url);
  }

  /** Paints the SVG's unit squares into a grey-scale bitmap, SCALE pixels per module. */
  private static LuminanceSource pixels(String svg) {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int width = Integer.parseInt(box.group(1)) * SCALE;
    int height = Integer.parseInt(box.group(2)) * SCALE;
    byte[] grey = new byte[width * height];
    Arrays.fill(grey, (byte) 0xFF);
    Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1)) * SCALE;
      int y = Integer.parseInt(module.group(2)) * SCALE;
      for (int dy = 0; dy < SCALE; dy++) {
        Arrays.fill(grey, (y + dy) * width + x, (y + dy) * width + x + SCALE, (byte) 0);
      }
    }
    return new LuminanceSource(width, height) {
      @Override
      public byte[] getRow(int y, byte[] row) {
        byte[] copy = row != null && row.length >= width ? row : new byte[width];
        System.arraycopy(grey, y * width, copy, 0, width);
        return copy;
      }

      @Override
      public byte[] getMatrix() {
        return grey;
      }
    };
  }
}
