package org.zhixing.courseware.upload.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UploadChecksumTest {

  private static final byte[] CHUNK = "支部过硬星".getBytes(StandardCharsets.UTF_8);

  private static String header(String tusName, String jdkName, byte[] content) throws Exception {
    return tusName + " " + Base64.getEncoder().encodeToString(MessageDigest.getInstance(jdkName).digest(content));
  }

  private static boolean matches(String header, byte[] content) {
    UploadChecksum checksum = UploadChecksum.parse(header).orElseThrow();
    MessageDigest digest = checksum.newDigest();
    digest.update(content);
    return checksum.matches(digest);
  }

  @Test
  void sha1AndSha256OfTheChunkMatch() throws Exception {
    assertThat(matches(header("sha1", "SHA-1", CHUNK), CHUNK)).isTrue();
    assertThat(matches(header("sha256", "SHA-256", CHUNK), CHUNK)).isTrue();
  }

  @Test
  void aChangedByteDoesNotMatch() throws Exception {
    byte[] damaged = CHUNK.clone();
    damaged[3] ^= 1;
    assertThat(matches(header("sha1", "SHA-1", CHUNK), damaged)).isFalse();
  }

  @Test
  void noHeaderMeansNoCheck() {
    assertThat(UploadChecksum.parse(null)).isEmpty();
    assertThat(UploadChecksum.parse(" ")).isEmpty();
  }

  @Test
  void unknownAlgorithmsAndMalformedHeadersAreRefused() {
    assertThatThrownBy(() -> UploadChecksum.parse("crc32 AAAA")).isInstanceOf(UnsupportedChecksumException.class);
    assertThatThrownBy(() -> UploadChecksum.parse("sha1")).isInstanceOf(UnsupportedChecksumException.class);
    assertThatThrownBy(() -> UploadChecksum.parse("sha1 ***")).isInstanceOf(UnsupportedChecksumException.class);
  }
}
