package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an editor says about a course; {@code offeredUnitCode} null means the editor's own scope. */
public record CourseInput(
    String title,
    String summary,
    UUID coverAssetId,
    BigDecimal creditHours,
    boolean required,
    List<String> tags,
    String offeredUnitCode,
    List<Long> policyIds) {}
