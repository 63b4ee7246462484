package org.zhixing.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhixing.tracking.boundary.CompletedCourses;

/** Courses completed (lessons and required test), with the credit hours their completion earned. */
@ApplicationScoped
public class CourseSource implements RecordSource {

  @Inject CompletedCourses courses;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public RecordSection section(String learner, Instant from, Instant to) {
    return new RecordSection("COURSES", "完成课程", courses.of(learner, from, to).stream()
        .map(c -> new RecordEntry(LearningYear.dateOf(c.completedAt()), c.title(), "已完成", c.creditHours()))
        .toList());
  }
}
