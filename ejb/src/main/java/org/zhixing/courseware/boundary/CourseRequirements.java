package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What completing a course takes, from its published version: every lesson in order, and the credit hours (学时)
 * awarded, once, when all {@code required} lessons are complete.
 */
public record CourseRequirements(long courseId, int courseVersion, String title, BigDecimal creditHours, List<LessonDefinition> lessons) {

  public CourseRequirements {
    lessons = List.copyOf(lessons);
  }

  public List<UUID> requiredLessonKeys() {
    return lessons.stream().filter(LessonDefinition::required).map(LessonDefinition::lessonKey).toList();
  }
}
