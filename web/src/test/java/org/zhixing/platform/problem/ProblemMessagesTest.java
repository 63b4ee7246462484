package org.zhixing.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

  private static final String DIR = "/org/zhixing/platform/problem/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void englishWhenTheClientPrefersEnglish() {
    assertThat(ProblemMessages.localeFor(List.of(Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemMessages.localeFor(List.of(Locale.US))).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemMessages.localeFor(List.of(Locale.FRENCH, Locale.UK, Locale.CHINESE))).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void chineseWhenTheClientPrefersChineseOrNothingWeKnow() {
    assertThat(ProblemMessages.localeFor(List.of(Locale.TRADITIONAL_CHINESE))).isEqualTo(ProblemMessages.CHINESE);
    assertThat(ProblemMessages.localeFor(List.of(Locale.CHINESE, Locale.ENGLISH))).isEqualTo(ProblemMessages.CHINESE);
    assertThat(ProblemMessages.localeFor(List.of())).isEqualTo(ProblemMessages.CHINESE);
    assertThat(ProblemMessages.localeFor(List.of(Locale.GERMAN, Locale.JAPANESE))).isEqualTo(ProblemMessages.CHINESE);
  }

  @Test
  void titlesComeInTheRequestedLanguage() {
    assertThat(ProblemMessages.title("org-unit-not-found", ProblemMessages.CHINESE)).isEqualTo("机构不存在");
    assertThat(ProblemMessages.title("org-unit-not-found", Locale.ENGLISH)).isEqualTo("Org unit not found");
  }

  @Test
  void detailFormatsTheArguments() {
    assertThat(ProblemMessages.detail("org-unit-not-found", ProblemMessages.CHINESE, List.of("411627101201")))
        .isEqualTo("没有代码为 411627101201 的机构。");
    assertThat(ProblemMessages.detail("invalid-parameter", Locale.ENGLISH, List.of("position", "MAYOR")))
        .isEqualTo("The value \"MAYOR\" is not valid for parameter position.");
  }

  @Test
  void unknownTypeIsReportedByItsKey() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ProblemMessages.title("no-such-problem", Locale.ENGLISH))
        .withMessageContaining("no-such-problem.title");
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyTypeHasATitleAndADetail() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    for (String key : keys) {
      String type = key.substring(0, key.lastIndexOf('.'));
      assertThat(keys).as("keys of %s", type).contains(type + ".title", type + ".detail");
    }
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() throws IOException {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    for (String key : zh.stringPropertyNames()) {
      assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
    }
  }

  @Test
  void chineseBundleIsReadAsUtf8() {
    assertThat(ProblemMessages.title("forbidden", ProblemMessages.CHINESE)).isEqualTo("无权访问");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String file) throws IOException {
    try (InputStream in = ProblemMessagesTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file).isNotNull();
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    }
  }
}
