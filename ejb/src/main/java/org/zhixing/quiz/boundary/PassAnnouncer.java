package org.zhixing.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.zhixing.quiz.control.AttemptPassed;

/**
 * Tells other features, in the grading transaction, of every pass (coverage counts papers) and of a pass at a test a
 * course requires (tracking completes the course).
 */
@ApplicationScoped
public class PassAnnouncer {

  @Inject Event<TestPassed> tests;
  @Inject Event<CourseTestPassed> courseTests;

  void onPass(@Observes AttemptPassed pass) {
    tests.fire(new TestPassed(pass.learner(), pass.paperId(), pass.passedAt(), pass.creditHours()));
    if (pass.courseId() != null && pass.requiredForCompletion()) {
      courseTests.fire(new CourseTestPassed(pass.learner(), pass.orgUnitCode(), pass.courseId()));
    }
  }
}
