package org.zhixing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package rules of the house style, over the EJB and web modules together: boundary → control → entity within a
 * feature, and features that do not reach into each other's control or entity packages except through the shared
 * platform and identity pieces.
 */
class LayeringTest {

  private static final JavaClasses ZHIXING =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zhixing");

  @Test
  void entitiesDependOnNoControlOrBoundary() {
    noClasses()
        .that().resideInAPackage("..entity..")
        .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
        .check(ZHIXING);
  }

  /** Control serves its own feature's boundary; it may use another feature only through that feature's boundary. */
  @ParameterizedTest
  @ValueSource(strings = {"org", "policy", "courseware", "quiz", "schedule", "notify"})
  void controlDependsOnNoBoundaryOfItsOwnFeature(String feature) {
    noClasses()
        .that().resideInAPackage("org.zhixing." + feature + ".control..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing." + feature + ".boundary..")
        .check(ZHIXING);
  }

  @Test
  void featuresUseOneAnothersControlOnlyFromTheirOwn() {
    noClasses()
        .that().resideInAPackage("org.zhixing.policy..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing.org.control..")
        .check(ZHIXING);
  }

  /** Quiz reads org and courseware through their boundaries only, and others may read quiz only through its own. */
  @Test
  void quizMeetsOtherFeaturesAtTheirBoundaries() {
    noClasses()
        .that().resideInAPackage("org.zhixing.quiz..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.zhixing.org.control..", "org.zhixing.courseware.control..", "org.zhixing.courseware.entity..",
            "org.zhixing.tracking..", "org.zhixing.policy..",
            "org.zhixing.schedule.control..", "org.zhixing.schedule.entity..")
        .check(ZHIXING);
    noClasses()
        .that().resideOutsideOfPackage("org.zhixing.quiz..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhixing.quiz.control..", "org.zhixing.quiz.entity..")
        .check(ZHIXING);
  }

  /** Scheduling uses org, courseware and policy only through their boundaries, and none of them uses scheduling. */
  @Test
  void scheduleReachesOtherFeaturesOnlyThroughTheirBoundaries() {
    noClasses()
        .that().resideInAPackage("org.zhixing.schedule..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.zhixing.org.control..", "org.zhixing.courseware.control..", "org.zhixing.policy.control..")
        .check(ZHIXING);
    noClasses()
        .that().resideInAnyPackage("org.zhixing.org..", "org.zhixing.courseware..", "org.zhixing.policy..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing.schedule..")
        .check(ZHIXING);
    noClasses()
        .that().resideInAPackage("org.zhixing.schedule..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing.quiz..")
        .check(ZHIXING);
  }

  /**
   * Course completion asks quiz (QuizResults) and hears of passed tests (CourseTestPassed), so quiz must never reach
   * back into tracking; certificates and learning records read tracking, quiz and schedule (through their
   * boundaries), and nothing reads them.
   */
  @Test
  void certificatesAndRecordsSitAboveTrackingAndQuiz() {
    noClasses()
        .that().resideInAnyPackage("org.zhixing.quiz..", "org.zhixing.courseware..", "org.zhixing.org..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhixing.tracking..")
        .check(ZHIXING);
    noClasses()
        .that().resideOutsideOfPackages("org.zhixing.certificate..", "org.zhixing.transcript..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhixing.certificate..", "org.zhixing.transcript..")
        .check(ZHIXING);
    noClasses()
        .that().resideInAnyPackage("org.zhixing.certificate..", "org.zhixing.transcript..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.zhixing.tracking.control..", "org.zhixing.tracking.entity..", "org.zhixing.org.control..",
            "org.zhixing.schedule.control..", "org.zhixing.schedule.entity..")
        .check(ZHIXING);
  }

  /**
   * Notifications know no other feature (any feature may send through them), and the others reach them only through
   * their boundary and the values it takes (notify.entity: Notice, Recipient).
   */
  @Test
  void notifyKnowsNoOtherFeatureAndIsReachedThroughItsBoundary() {
    noClasses()
        .that().resideInAPackage("org.zhixing.notify..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhixing.org..", "org.zhixing.schedule..",
            "org.zhixing.courseware..", "org.zhixing.quiz..", "org.zhixing.policy..", "org.zhixing.account..")
        .check(ZHIXING);
    noClasses()
        .that().resideOutsideOfPackage("org.zhixing.notify..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing.notify.control..")
        .check(ZHIXING);
  }

  @Test
  void platformKnowsNoFeature() {
    noClasses()
        .that().resideInAPackage("org.zhixing.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhixing.org..", "org.zhixing.identity..")
        .check(ZHIXING);
  }

  /**
   * Coverage reads org, tracking, quiz, schedule and courseware through their boundaries (and org's entities, as they
   * hand them out) and hears their events; no other feature reads coverage.
   */
  @Test
  void coverageSitsAboveTheFeaturesItCounts() {
    noClasses()
        .that().resideInAPackage("org.zhixing.coverage..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.zhixing.org.control..", "org.zhixing.tracking.control..", "org.zhixing.tracking.entity..",
            "org.zhixing.quiz.control..", "org.zhixing.quiz.entity..", "org.zhixing.schedule.control..",
            "org.zhixing.schedule.entity..", "org.zhixing.courseware.control..", "org.zhixing.courseware.entity..")
        .check(ZHIXING);
    noClasses()
        .that().resideOutsideOfPackage("org.zhixing.coverage..")
        .should().dependOnClassesThat().resideInAPackage("org.zhixing.coverage..")
        .check(ZHIXING);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("org.zhixing.(*)..").should().beFreeOfCycles().check(ZHIXING);
  }
}
