package org.zhixing.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * A demo course of the pack: its metadata, the policy documents it cites (by 文号, as the policy pack prints them), a
 * cover image (a file of {@link CoursePack#media}) and its lessons in order. {@code unitCode} is the org unit that
 * owns the course and to whose subtree it is offered (the city for every demo course).
 */
public record CourseSeed(
    String key,
    String title,
    String summary,
    BigDecimal creditHours,
    boolean required,
    List<String> tags,
    List<String> policyNumbers,
    String unitCode,
    String coverFile,
    List<LessonSeed> lessons) {

  /** Every demo course's HTML lessons open with this line, so that no one takes them for official material. */
  public static final String DEMO_MARKER = "【演示文本】本课程为知行系统演示内容，依据公开信息编写，不代表任何机关的正式口径。";

  public CourseSeed {
    tags = List.copyOf(tags);
    policyNumbers = List.copyOf(policyNumbers);
    lessons = List.copyOf(lessons);
  }
}
