package org.zhixing.courseware.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourseWorkflowTest {

  static final String TAIKANG = "/411600000000/411627000000/";

  static CourseMetadata metadata(String title) {
    return new CourseMetadata(title, "摘要", null, new BigDecimal("2.5"), true, List.of("五星支部"), "411627000000",
        TAIKANG, List.of(1L));
  }

  static Course courseWithLessons(int lessons) {
    Course course = new Course("411627000000", TAIKANG, metadata("支部过硬星"), "trainer");
    for (int i = 1; i <= lessons; i++) {
      course.draft().addLesson("第" + i + "课", LessonContent.ofText("<p>" + i + "</p>"), true, CompletionRule.standard(), "trainer");
    }
    return course;
  }

  @Test
  void aNewCourseIsADraftOfVersionOne() {
    Course course = courseWithLessons(0);
    assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    assertThat(course.latest().number()).isEqualTo(1);
    assertThat(course.published()).isEmpty();
  }

  @Test
  void submitApprovePublishes() {
    Course course = courseWithLessons(2);
    course.submit("trainer");
    assertThat(course.status()).isEqualTo(CourseStatus.SUBMITTED);
    course.approve("taikang-admin");
    assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
    assertThat(course.published()).contains(course.latest());
    assertThat(course.latest().reviewedBy()).isEqualTo("taikang-admin");
  }

  @Test
  void aSubmittedCourseCannotBeEdited() {
    Course course = courseWithLessons(1);
    course.submit("trainer");
    assertThatThrownBy(course::draft).isInstanceOf(CourseTransitionException.class);
  }

  @Test
  void anEmptyCourseCannotBeSubmitted() {
    assertThatThrownBy(() -> courseWithLessons(0).submit("trainer")).isInstanceOf(EmptyCourseException.class);
  }

  @Test
  void approvingADraftThatWasNotSubmittedIsRefused() {
    Course course = courseWithLessons(1);
    assertThatThrownBy(() -> course.approve("admin")).isInstanceOf(CourseTransitionException.class);
  }

  @Test
  void rejectingNeedsACommentAndReturnsToDraft() {
    Course course = courseWithLessons(1);
    course.submit("trainer");
    assertThatThrownBy(() -> course.reject("admin", "  ")).isInstanceOf(ReviewCommentRequiredException.class);
    assertThat(course.status()).isEqualTo(CourseStatus.SUBMITTED);
    course.reject("admin", "请补充政策依据");
    assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    assertThat(course.latest().reviewComment()).isEqualTo("请补充政策依据");
  }

  @Test
  void aNewVersionKeepsLessonKeysAndFingerprintsAndPublishingItSupersedesTheOld() {
    Course course = courseWithLessons(3);
    course.submit("trainer");
    course.approve("admin");
    CourseRevision first = course.latest();

    CourseRevision second = course.newVersion("trainer");
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(RevisionStatus.DRAFT);
    assertThat(second.lessons()).extracting(Lesson::key).containsExactlyElementsOf(first.lessons().stream().map(Lesson::key).toList());
    assertThat(second.lessons()).extracting(Lesson::fingerprint)
        .containsExactlyElementsOf(first.lessons().stream().map(Lesson::fingerprint).toList());
    assertThat(course.published()).contains(first);
    assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);

    course.submit("trainer");
    course.approve("admin");
    assertThat(first.status()).isEqualTo(RevisionStatus.SUPERSEDED);
    assertThat(course.published()).contains(second);
  }

  @Test
  void onlyAPublishedCourseGetsANewVersionOrIsRetired() {
    Course course = courseWithLessons(1);
    assertThatThrownBy(() -> course.newVersion("trainer")).isInstanceOf(CourseTransitionException.class);
    assertThatThrownBy(() -> course.retire("admin")).isInstanceOf(CourseTransitionException.class);
    course.submit("trainer");
    course.approve("admin");
    course.retire("admin");
    assertThat(course.status()).isEqualTo(CourseStatus.RETIRED);
    assertThat(course.published()).isEmpty();
  }

  @Test
  void reorderNeedsEveryLessonExactlyOnce() {
    Course course = courseWithLessons(3);
    CourseRevision draft = course.draft();
    List<UUID> keys = draft.lessons().stream().map(Lesson::key).toList();
    draft.reorder(List.of(keys.get(2), keys.get(0), keys.get(1)), "trainer");
    assertThat(draft.lessons()).extracting(Lesson::title).containsExactly("第3课", "第1课", "第2课");
    assertThat(draft.lessons()).extracting(Lesson::position).containsExactly(0, 1, 2);
    assertThatThrownBy(() -> draft.reorder(List.of(keys.get(0), keys.get(1)), "trainer"))
        .isInstanceOf(LessonOrderMismatchException.class);
    assertThatThrownBy(() -> draft.reorder(List.of(keys.get(0), keys.get(0), keys.get(1)), "trainer"))
        .isInstanceOf(LessonOrderMismatchException.class);
  }

  @Test
  void removingALessonClosesTheGap() {
    Course course = courseWithLessons(3);
    CourseRevision draft = course.draft();
    draft.removeLesson(draft.lessons().get(1).key(), "trainer");
    assertThat(draft.lessons()).extracting(Lesson::title).containsExactly("第1课", "第3课");
    assertThat(draft.lessons()).extracting(Lesson::position).containsExactly(0, 1);
  }
}
