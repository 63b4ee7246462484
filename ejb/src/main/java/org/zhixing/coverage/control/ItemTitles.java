package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.schedule.boundary.SessionTitles;

/**
 * The titles of plans' required items, asked of the features that own them: one read per kind for any number of
 * plans. An item whose course, session or paper is gone has no title.
 */
@ApplicationScoped
public class ItemTitles {

  @Inject CourseCatalog courses;
  @Inject SessionTitles sessions;
  @Inject QuizResults quiz;

  public Map<PlanItem, String> of(Collection<TrainingPlan> plans) {
    Map<PlanItem, String> titles = new HashMap<>();
    for (PlanItemKind kind : PlanItemKind.values()) {
      titlesOf(kind, ids(plans, kind)).forEach((id, title) -> titles.put(new PlanItem(kind, id), title));
    }
    return titles;
  }

  private Map<Long, String> titlesOf(PlanItemKind kind, Set<Long> ids) {
    return switch (kind) {
      case COURSE -> courses.titles(ids);
      case SESSION -> sessions.of(ids);
      case TEST -> quiz.paperTitles(ids);
    };
  }

  private static Set<Long> ids(Collection<TrainingPlan> plans, PlanItemKind kind) {
    return plans.stream().flatMap(plan -> plan.items().stream())
        .filter(item -> item.kind() == kind).map(PlanItem::refId).collect(Collectors.toSet());
  }
}
