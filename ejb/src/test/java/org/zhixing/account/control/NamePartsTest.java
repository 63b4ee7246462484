package org.zhixing.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePartsTest {

  @ParameterizedTest
  @CsvSource({
    "王建国, 王, 建国",
    "李娟, 李, 娟",
    "欧阳明远, 欧阳, 明远",
    "司马光, 司马, 光",
    "' 张秀英 ', 张, 秀英",
  })
  void splitsTheFamilyNameFromTheGivenName(String name, String family, String given) {
    assertThat(NameParts.of(name)).isEqualTo(new NameParts(family, given));
  }

  @Test
  void readsTheWholeNameAgainFamilyNameFirst() {
    NameParts parts = NameParts.of("诸葛亮");
    assertThat(parts.lastName() + parts.firstName()).isEqualTo("诸葛亮");
  }

  @Test
  void aTwoCharacterNameStartingLikeACompoundSurnameIsStillOneAndOne() {
    assertThat(NameParts.of("欧阳")).isEqualTo(new NameParts("欧", "阳"));
  }

  @Test
  void namesWithAMiddleDotOrOfOneCharacterAreKeptWholeInBothParts() {
    assertThat(NameParts.of("阿依古丽·买买提")).isEqualTo(new NameParts("阿依古丽·买买提", "阿依古丽·买买提"));
    assertThat(NameParts.of("丹")).isEqualTo(new NameParts("丹", "丹"));
  }
}
