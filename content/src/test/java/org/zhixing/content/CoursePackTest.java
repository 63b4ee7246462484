package org.zhixing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoursePackTest {

  private static final List<CourseSeed> COURSES = CoursePack.load().courses();

  @Test
  void oneCourseOnTheCampaignAndOnePerStar() {
    assertThat(COURSES).extracting(CourseSeed::key).containsExactly("C01", "C02", "C03", "C04", "C05", "C06");
    assertThat(COURSES.subList(1, 6)).extracting(CourseSeed::title)
        .allSatisfy(title -> assertThat(title).containsAnyOf("支部过硬星", "产业兴旺星", "生态宜居星", "平安法治星", "文明幸福星"));
    assertThat(COURSES).extracting(c -> c.title().substring(0, 5)).doesNotHaveDuplicates();
    assertThat(COURSES).extracting(CourseSeed::unitCode).containsOnly("411600000000");
  }

  @Test
  void everyCourseHasTextVideoAndPdfLessons() {
    assertThat(COURSES).allSatisfy(course -> assertThat(course.lessons()).extracting(LessonSeed::kind)
        .contains("HTML", "VIDEO", "PDF"));
  }

  @Test
  void everyHtmlLessonOpensWithTheDemoMarkerAndIsEscaped() {
    List<LessonSeed> html = COURSES.stream().flatMap(c -> c.lessons().stream()).filter(l -> l.kind().equals("HTML")).toList();
    assertThat(html).isNotEmpty().allSatisfy(lesson -> {
      assertThat(lesson.bodyHtml()).startsWith("<p class=\"demo-marker\">" + CourseSeed.DEMO_MARKER);
      assertThat(lesson.bodyHtml()).doesNotContain("<script").contains("<p>");
    });
    assertThat(html.getFirst().bodyHtml()).contains("&quot;五星&quot;");
  }

  @Test
  void theCampaignCourseTeachesTheTaskCountsAndRatingRules() {
    String text = COURSES.getFirst().lessons().stream().map(l -> String.valueOf(l.bodyHtml())).collect(Collectors.joining());
    assertThat(text).contains("29项", "27项", "一票否决", "村级自评、乡镇初评、县级评定、市级复核", "绩效报酬");
  }

  @Test
  void citedPoliciesAreDocumentsOfThePolicyPack() {
    Set<String> numbers = PolicyPack.load().documents().stream()
        .map(PolicySeed::docNumber).filter(n -> n != null).collect(Collectors.toSet());
    assertThat(COURSES).allSatisfy(course -> assertThat(numbers).containsAll(course.policyNumbers()));
    assertThat(COURSES).allSatisfy(course -> assertThat(course.policyNumbers()).isNotEmpty());
  }

  @Test
  void mediaFilesAreSmallAndOfTheirType() throws IOException {
    long total = 0;
    for (CourseSeed course : COURSES) {
      for (String file : course.lessons().stream().filter(l -> l.file() != null).map(LessonSeed::file).toList()) {
        byte[] bytes = read(file);
        assertThat(bytes.length).as(file).isBetween(1_000, 300_000);
        total += bytes.length;
        if (file.endsWith(".pdf")) {
          assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        } else {
          assertThat(new String(bytes, 4, 4)).as(file).isEqualTo("ftyp");
        }
      }
      assertThat(read(course.coverFile())).startsWith(0x89, 'P', 'N', 'G');
    }
    assertThat(total).isLessThan(5_000_000);
  }

  @Test
  void mediaTypesFollowTheExtension() {
    assertThat(CoursePack.mediaType("c01-intro.mp4")).isEqualTo("video/mp4");
    assertThat(CoursePack.mediaType("c01-handout.pdf")).isEqualTo("application/pdf");
    assertThat(CoursePack.mediaType("c01-cover.png")).isEqualTo("image/png");
  }

  private static byte[] read(String file) throws IOException {
    try (InputStream in = CoursePack.media(file)) {
      return in.readAllBytes();
    }
  }
}
