package org.zhixing.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.zhixing.quiz.control.AttemptPassed;

/** Tells other features, in the grading transaction, when a pass was at a test a course requires. */
@ApplicationScoped
public class RequiredTestPasses {

  @Inject Event<CourseTestPassed> courseTests;

  void onPass(@Observes AttemptPassed pass) {
    if (pass.courseId() != null && pass.requiredForCompletion()) {
      courseTests.fire(new CourseTestPassed(pass.learner(), pass.orgUnitCode(), pass.courseId()));
    }
  }
}
