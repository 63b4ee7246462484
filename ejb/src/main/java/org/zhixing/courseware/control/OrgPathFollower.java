package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.zhixing.org.boundary.UnitMoved;

/**
 * Courses and assets keep their owner's (and audience's) org path to be scoped by prefix; when a unit moves in the
 * tree, those copies follow it in the same transaction, so that the new county sees them and the old one no longer
 * does.
 */
@ApplicationScoped
public class OrgPathFollower {

  private static final String[] PATH_COLUMNS = {
    "media_asset.owner_unit_path", "course.owner_unit_path", "course_revision.offered_unit_path"
  };

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  void rebase(@Observes UnitMoved moved) {
    em.flush();
    for (String column : PATH_COLUMNS) {
      String table = column.substring(0, column.indexOf('.'));
      String name = column.substring(column.indexOf('.') + 1);
      em.createNativeQuery(
              "update %1$s set %2$s = ?1 || substr(%2$s, ?2) where %2$s like ?3".formatted(table, name))
          .setParameter(1, moved.newPath())
          .setParameter(2, moved.oldPath().length() + 1)
          .setParameter(3, moved.oldPath() + "%")
          .executeUpdate();
    }
  }
}
