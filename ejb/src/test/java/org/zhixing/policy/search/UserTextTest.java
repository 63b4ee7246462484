package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

  @Test
  void wordsAreWhatTheUserSeparated() {
    var text = UserText.parse("软弱涣散村  整顿，提升；第一书记");
    assertThat(text.words()).containsExactly("软弱涣散村", "整顿", "提升", "第一书记");
    assertThat(text.phrases()).isEmpty();
  }

  @Test
  void quotedTextIsAPhraseInAnyKindOfQuotes() {
    assertThat(UserText.parse("\"集体经济\" 发展").phrases()).containsExactly("集体经济");
    assertThat(UserText.parse("“集体 经济”「五星支部」『两委』").phrases()).containsExactly("集体经济", "五星支部", "两委");
    assertThat(UserText.parse("“集体经济\" 发展").phrases()).containsExactly("集体经济");
    assertThat(UserText.parse("\"集体经济\" 发展").words()).containsExactly("发展");
  }

  @Test
  void quotesAttachedToAWordAreEmphasisNotAPhrase() {
    var text = UserText.parse("村\"两委\"换届 “五星”支部");
    assertThat(text.phrases()).isEmpty();
    assertThat(text.words()).containsExactly("村两委换届", "五星支部");
  }

  @Test
  void anUnclosedQuoteIsJustPunctuation() {
    var text = UserText.parse("\"集体经济 发展");
    assertThat(text.phrases()).isEmpty();
    assertThat(text.words()).containsExactly("集体经济", "发展");
  }

  @Test
  void syntaxCharactersAndControlCharactersSeparateWords() {
    var text = UserText.parse("title:换届 && (王庄~2)\u0000\ud800选举");
    assertThat(text.words()).containsExactly("title", "换届", "王庄", "2", "选举");
  }

  @Test
  void documentNumbersAreRecognized() {
    assertThat(UserText.parse("豫组(2022)12号 整顿").docNumbers()).contains("豫组〔2022〕12号");
  }

  @Test
  void longInputIsCut() {
    var text = UserText.parse("换".repeat(10_000));
    assertThat(text.words()).singleElement().asString().hasSize(UserText.MAX_CHARS);
  }

  @Test
  void blankInputHasNothingToSearch() {
    assertThat(UserText.parse("  ，。!!").isBlank()).isTrue();
    assertThat(UserText.parse(null).isBlank()).isTrue();
    assertThat(UserText.parse("\"\"").isBlank()).isTrue();
  }
}
