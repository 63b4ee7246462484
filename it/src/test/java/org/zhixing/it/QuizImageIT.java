package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.fixed;
import static org.zhixing.it.QuizFixtures.paper;
import static org.zhixing.it.QuizFixtures.publish;
import static org.zhixing.it.QuizFixtures.question;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pictures in questions: a PNG is stored in the courseware content store and shown to the learner in an attempt
 * through a signed link; a file that is no PNG, JPEG or WebP by its content, or too large, is refused with a problem.
 */
@ExtendWith(ArquillianExtension.class)
class QuizImageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aPictureIsStoredAndShownToTheLearnerThroughASignedLink() {
    long bank = bank(TRAINER, "配图题库");
    long judge = question(bank, "TRUE_FALSE", "图中是村级党群服务中心。", List.of(), List.of("对"));
    byte[] png = png();

    Api.Answer uploaded = upload(bank, judge, "中心.png", "image/png", png);

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    String staffLink = uploaded.object().getString("imageUrl");
    assertThat(staffLink).startsWith("/media/");
    long paper = publish(paper("配图测验", 600, 1, "AFTER_SUBMIT", fixed(judge)));
    String learnerLink = Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of("learner")).object()
        .getJsonArray("items").getJsonObject(0).getString("imageUrl");
    Api.Download served = Api.download(learnerLink, null, "zh-CN");
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).isEqualTo("image/png");
    assertThat(served.body()).isEqualTo(png);
    String forged = learnerLink.replaceFirst("/media/[^/]+/", "/media/forged-token/");
    assertThat(Api.download(forged, null, "zh-CN").status()).as("only the signed link serves it").isEqualTo(403);
  }

  @Test
  void aFileThatIsNoPictureByItsContentIsRefused() {
    long bank = bank(TRAINER, "配图拒收题库");
    long judge = question(bank, "TRUE_FALSE", "拒收测试题。", List.of(), List.of("对"));
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

    Api.Answer refused = upload(bank, judge, "看似图片.png", "image/png", svg);
    Api.Answer tooLarge = upload(bank, judge, "大图.png", "image/png", new byte[3 * 1024 * 1024]);

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.object().getString("type")).endsWith("quiz-image-type");
    assertThat(refused.object().getString("detail")).contains("看似图片.png");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.object().getString("type")).endsWith("quiz-image-too-large");
    assertThat(Api.get("/api/quiz/banks/" + bank + "/questions/" + judge, Tokens.of(TRAINER)).object().containsKey("imageUrl"))
        .as("nothing attached").isFalse();
    assertThat(upload(bank, judge, "别县.png", "image/png", png()).status()).isEqualTo(200);
    assertThat(Api.postMultipart("/api/quiz/banks/" + bank + "/questions/" + judge + "/image", Tokens.of("dancheng-admin"),
        new Multipart().file("file", "别县.png", "image/png", png())).status()).as("another county's bank").isEqualTo(404);
  }

  private static Api.Answer upload(long bank, long question, String name, String type, byte[] bytes) {
    return Api.postMultipart("/api/quiz/banks/" + bank + "/questions/" + question + "/image", Tokens.of(TRAINER),
        new Multipart().file("file", name, type, bytes));
  }

  private static byte[] png() {
    var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.RED);
    graphics.fillRect(0, 0, 40, 30);
    graphics.dispose();
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
