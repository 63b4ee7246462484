package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.Browser.testId;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.zhixing.it.PublishedCourses.Course;

/**
 * The demo learner opens 我的培训计划 and sees a plan of their township that the county published: how far they are,
 * which course is done and which is left, and the left one takes them to its course page.
 */
@ExtendWith(ArquillianExtension.class)
class MyPlansBrowserIT {

  private static final String ADMIN = "taikang-admin";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aLearnerSeesWhatIsLeftOfTheirPlanAndGoesToDoIt() {
    String unique = UUID.randomUUID().toString().substring(0, 6);
    Course done = PublishedCourses.create("计划已学课程 " + unique, BigDecimal.ONE, video(60));
    Course left = PublishedCourses.create("计划待学课程 " + unique, BigDecimal.ONE, video(60));
    String name = "我的计划测试 " + unique;
    long plan = TestPlans.create(ADMIN, TestPlans.draft(name, "411627101000", TestPlans.courses(done, left)));
    TestPlans.publish(ADMIN, plan);
    TestPlans.complete(done);

    try (Browser browser = new Browser()) {
      browser.open(Api.baseUrl() + "/my-plans");
      browser.logInAs(CourseCompletions.LEARNER);
      browser.waitForText(testId("my-plan-" + plan), name);
      assertThat(browser.visible(testId("my-plan-standing-" + plan)).getText()).isEqualTo("进行中");
      assertThat(browser.visible(testId("my-plan-summary-" + plan)).getText()).contains("已完成 1/2 项");
      assertThat(browser.visible(testId("my-plan-item-COURSE-" + done.id())).getText())
          .contains("计划已学课程 " + unique, "完成");
      browser.screenshot("learner-my-plans");

      browser.visible(testId("my-plan-item-COURSE-" + left.id())).findElement(By.linkText("去学习")).click();
      browser.waitForText(testId("course-title"), "计划待学课程 " + unique);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/courses/" + left.id());
    }
  }
}
