package org.zhixing.courseware.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhixing.courseware.entity.CompletionRule;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseMetadata;
import org.zhixing.courseware.entity.LessonContent;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.UnitKind;
import org.zhixing.org.entity.VillageCategories;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Who may manage, review and take a course, over a small tree: the city, two counties, a village of 太康县. */
class CourseAccessTest {

  static final OrgUnit CITY = OrgUnit.city("411600000000", "周口市");
  static final OrgUnit TAIKANG = OrgUnit.under(CITY, "411627000000", "太康县", UnitKind.COUNTY, VillageCategories.none());
  static final OrgUnit DANCHENG = OrgUnit.under(CITY, "411625000000", "郸城县", UnitKind.COUNTY, VillageCategories.none());
  static final OrgUnit TOWNSHIP =
      OrgUnit.under(TAIKANG, "411627101000", "大许寨镇", UnitKind.TOWNSHIP, VillageCategories.none());
  static final OrgUnit VILLAGE =
      OrgUnit.under(TOWNSHIP, "411627101201", "耿庄村", UnitKind.VILLAGE, VillageCategories.none());
  static final Map<String, OrgUnit> UNITS = Map.of(
      CITY.code(), CITY, TAIKANG.code(), TAIKANG, DANCHENG.code(), DANCHENG, TOWNSHIP.code(), TOWNSHIP,
      VILLAGE.code(), VILLAGE);

  final CourseAccess access = new CourseAccess();

  {
    access.org = new OrgDirectory() {
      @Override
      public OrgUnit scopeOf(Caller caller) {
        return caller.seesWholeTree() ? CITY : UNITS.get(caller.orgUnitCode().orElseThrow());
      }

      @Override
      public List<OrgUnit> ownUnitPath(Caller caller) {
        return UNITS.get(caller.orgUnitCode().orElseThrow()).pathCodes().stream().map(UNITS::get).toList();
      }
    };
  }

  static Caller caller(String name, Role role, OrgUnit unit) {
    return new Caller(name, name, Set.of(role), Optional.of(unit.code()));
  }

  static Course publishedCourse(OrgUnit owner, OrgUnit offered) {
    CourseMetadata metadata = new CourseMetadata("课程", "", null, BigDecimal.ONE, true, List.of(), offered.code(),
        offered.path(), List.of());
    Course course = new Course(owner.code(), owner.path(), metadata, "author");
    course.draft().addLesson("一课", LessonContent.ofText("<p>x</p>"), true, CompletionRule.standard(), "author");
    course.submit("author");
    course.approve("admin");
    return course;
  }

  final Caller trainer = caller("trainer", Role.TRAINER, TAIKANG);
  final Caller taikangAdmin = caller("taikang-admin", Role.ORG_ADMIN, TAIKANG);
  final Caller danchengAdmin = caller("dancheng-admin", Role.ORG_ADMIN, DANCHENG);
  final Caller cityAdmin = caller("city-admin", Role.ORG_ADMIN, CITY);
  final Caller learner = caller("learner", Role.LEARNER, VILLAGE);

  @Test
  void trainersAndAdminsManageCoursesOwnedInTheirSubtree() {
    Course taikang = publishedCourse(TAIKANG, TAIKANG);
    assertThat(access.mayManage(trainer, taikang)).isTrue();
    assertThat(access.mayManage(cityAdmin, taikang)).isTrue();
    assertThat(access.mayManage(danchengAdmin, taikang)).isFalse();
    assertThat(access.mayManage(learner, taikang)).isFalse();
    assertThat(access.mayManage(trainer, publishedCourse(CITY, CITY))).isFalse();
  }

  @Test
  void theAdminsOfTheAudienceReviewTrainersNever() {
    Course taikang = publishedCourse(TAIKANG, TOWNSHIP);
    assertThat(access.mayReview(taikangAdmin, taikang)).isTrue();
    assertThat(access.mayReview(cityAdmin, taikang)).isTrue();
    assertThat(access.mayReview(danchengAdmin, taikang)).isFalse();
    assertThat(access.mayReview(trainer, taikang)).isFalse();
    assertThat(access.mayReview(taikangAdmin, publishedCourse(CITY, CITY))).isFalse();
  }

  @Test
  void learnersTakeCoursesOfferedToTheirUnitOrAUnitAboveIt() {
    assertThat(access.mayLearn(learner, publishedCourse(CITY, CITY).latest())).isTrue();
    assertThat(access.mayLearn(learner, publishedCourse(TAIKANG, TOWNSHIP).latest())).isTrue();
    assertThat(access.mayLearn(learner, publishedCourse(DANCHENG, DANCHENG).latest())).isFalse();
    assertThat(access.mayLearn(danchengAdmin, publishedCourse(TAIKANG, TAIKANG).latest())).isFalse();
  }

  @Test
  void staffOpenCoursesOfferedAnywhereInTheirSubtree() {
    Course townshipCourse = publishedCourse(TAIKANG, TOWNSHIP);
    assertThat(access.mayLearn(trainer, townshipCourse.latest())).isTrue();
    assertThat(access.mayLearn(danchengAdmin, townshipCourse.latest())).isFalse();
  }

  @Test
  void onlyAPublishedVersionIsTaken() {
    Course course = publishedCourse(TAIKANG, TAIKANG);
    course.newVersion("trainer");
    assertThat(access.mayLearn(learner, course.latest())).isFalse();
    assertThat(access.mayLearn(learner, course.published().orElseThrow())).isTrue();
  }
}
