package org.zhixing.courseware.boundary;

import java.util.UUID;
import org.zhixing.courseware.entity.CompletionRule;

/**
 * A lesson as an editor describes it: a title and either an asset of the catalog (its kind and length come from
 * there) or, for a text lesson, HTML written in the editor.
 */
public record LessonInput(String title, UUID assetId, String bodyHtml, boolean required, CompletionRule rule) {}
