package org.zhixing.courseware.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LessonFingerprintTest {

  static final UUID VIDEO = UUID.fromString("00000000-0000-0000-0000-000000000001");

  final CourseRevision draft = CourseWorkflowTest.courseWithLessons(0).draft();
  final Lesson lesson =
      draft.addLesson("视频", LessonContent.ofAsset(AssetKind.VIDEO, VIDEO, 120, null), true, CompletionRule.standard(), "t");

  @Test
  void titleRequiredFlagAndPositionDoNotChangeTheFingerprint() {
    String before = lesson.fingerprint();
    draft.changeLesson(lesson.key(), "新标题", lesson.content(), false, CompletionRule.standard(), "t");
    assertThat(lesson.fingerprint()).isEqualTo(before).hasSize(64);
  }

  @Test
  void anotherAssetChangesTheFingerprint() {
    String before = lesson.fingerprint();
    draft.changeLesson(lesson.key(), "视频", LessonContent.ofAsset(AssetKind.VIDEO, UUID.randomUUID(), 120, null), true,
        CompletionRule.standard(), "t");
    assertThat(lesson.fingerprint()).isNotEqualTo(before);
  }

  @Test
  void anotherCompletionRuleChangesTheFingerprint() {
    String before = lesson.fingerprint();
    draft.changeLesson(lesson.key(), "视频", lesson.content(), true, new CompletionRule(new BigDecimal("0.9"), 10, true, false), "t");
    assertThat(lesson.fingerprint()).isNotEqualTo(before);
    assertThat(lesson.key()).isEqualTo(draft.lessons().getFirst().key());
  }

  @Test
  void htmlTextIsPartOfTheFingerprint() {
    Lesson a = draft.addLesson("a", LessonContent.ofText("<p>一</p>"), true, CompletionRule.standard(), "t");
    Lesson b = draft.addLesson("b", LessonContent.ofText("<p>一</p>"), true, CompletionRule.standard(), "t");
    Lesson c = draft.addLesson("c", LessonContent.ofText("<p>二</p>"), true, CompletionRule.standard(), "t");
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
  }

  @Test
  void theDefaultRuleIsNinetyPercentWatched() {
    assertThat(CompletionRule.standard().minWatchedShare()).isEqualByComparingTo("0.9");
    assertThatThrownBy(() -> new CompletionRule(new BigDecimal("1.2"), 10, false, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMediaLessonNeedsAnAsset() {
    assertThatThrownBy(() -> new LessonContent(AssetKind.VIDEO, null, "<p>x</p>", 10, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LessonContent.ofText("<p>x</p>").pageCount()).isEqualTo(1);
  }
}
