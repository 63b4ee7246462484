package org.zhixing.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhixing.quiz.boundary.CourseTestPassed;
import org.zhixing.tracking.control.CourseCompletion;

/**
 * Completes a course when its required test is passed after the lessons were done. Runs in the transaction that graded
 * the attempt, so the award commits with the pass or not at all. Tracking depends on quiz (its results and this
 * event), never the other way round.
 */
@ApplicationScoped
public class RequiredTestWatch {

  @Inject CourseCompletion completion;
  @Inject Event<CourseCompleted> completed;

  void onTestPassed(@Observes CourseTestPassed passed) {
    completion.awardIfComplete(passed.learner(), passed.orgUnitCode(), passed.courseId(), Instant.now())
        .ifPresent(done -> completed.fire(CourseCompleted.of(passed.learner(), null, passed.orgUnitCode(), done)));
  }
}
