package org.zhixing.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.zhixing.certificate.entity.Certificate;
import org.zhixing.platform.pdf.ChineseDocument;

/**
 * The certificate as a one-page A4 PDF in Chinese: holder, course, credit hours, date of completion (China time),
 * number, and a QR code of the public verification address. The QR code is drawn as vector boxes, so it stays sharp
 * at any print size. A revoked certificate still renders, marked 已撤销, so an admin can see what was revoked.
 */
public final class CertificatePdf {

  static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final float QR_SIZE = 110;

  private CertificatePdf() {}

  /** {@code verifyAddress} is the public page for this certificate, e.g. https://zhixing.example/verify/ZX-…. */
  public static byte[] render(Certificate certificate, String verifyAddress) {
    LocalDate completed = certificate.completedAt().atZone(CertificateRepository.CHINA).toLocalDate();
    LocalDate issued = certificate.issuedAt().atZone(CertificateRepository.CHINA).toLocalDate();
    try (var pdf = new ChineseDocument("结业证书 " + certificate.number(), "知行")) {
      frame(pdf);
      pdf.centered(ChineseDocument.HEIGHT - 150, 36, "结 业 证 书");
      pdf.centered(ChineseDocument.HEIGHT - 180, 11, "CERTIFICATE OF COMPLETION");
      float text = ChineseDocument.WIDTH - 2 * ChineseDocument.MARGIN - 40;
      pdf.moveTo(ChineseDocument.HEIGHT - 240);
      pdf.line(18, 20, certificate.holderName() + "同志：");
      pdf.skip(10);
      pdf.paragraph(16, 52, text - 32, "于" + CHINESE_DATE.format(completed) + "完成课程");
      pdf.skip(6);
      pdf.paragraph(20, 52, text - 32, "《" + certificate.courseTitle() + "》");
      pdf.skip(6);
      pdf.paragraph(16, 52, text - 32, "全部学习内容，经考核合格，获得 "
          + certificate.creditHours().stripTrailingZeros().toPlainString() + " 学时。");
      pdf.skip(8);
      pdf.paragraph(16, 52, text - 32, "特发此证。");
      if (!certificate.valid()) {
        pdf.skip(16);
        pdf.paragraph(16, 52, text - 32, "【已撤销】" + certificate.revokeReason());
      }
      pdf.text(ChineseDocument.MARGIN + 20, 250, 12, "证书编号：" + certificate.number());
      pdf.text(ChineseDocument.MARGIN + 20, 228, 12, "发证日期：" + CHINESE_DATE.format(issued));
      pdf.text(ChineseDocument.MARGIN + 20, 206, 12, "发证单位：知行 · 五星支部创建培训平台");
      pdf.text(ChineseDocument.MARGIN + 20, 170, 9, "扫描右侧二维码或访问以下地址核验本证书：");
      pdf.text(ChineseDocument.MARGIN + 20, 156, 9, verifyAddress);
      qr(pdf, verifyAddress, ChineseDocument.WIDTH - ChineseDocument.MARGIN - 20 - QR_SIZE, 150);
      return pdf.bytes();
    }
  }

  private static void frame(ChineseDocument pdf) {
    float inset = ChineseDocument.MARGIN - 20;
    float width = ChineseDocument.WIDTH - 2 * inset;
    float height = ChineseDocument.HEIGHT - 2 * inset;
    pdf.box(inset, inset, width, 2);
    pdf.box(inset, inset + height - 2, width, 2);
    pdf.box(inset, inset, 2, height);
    pdf.box(inset + width - 2, inset, 2, height);
  }

  private static void qr(ChineseDocument pdf, String content, float x, float y) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalStateException("the verification address does not fit a QR code", e);
    }
    float module = QR_SIZE / matrix.getWidth();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          pdf.box(x + col * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
        }
      }
    }
  }
}
