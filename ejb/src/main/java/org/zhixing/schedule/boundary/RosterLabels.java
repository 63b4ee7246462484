package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.schedule.control.RosterEntry;

/** Puts names, posts and unit names on roster entries: two lookups in the org feature per batch, none per person. */
@ApplicationScoped
class RosterLabels {

  @Inject OrgDirectory org;

  List<RosterLine> lines(List<RosterEntry> entries) {
    var people = org.peopleCards(entries.stream().map(RosterEntry::personId).toList());
    var units = org.unitNames(entries.stream().map(RosterEntry::unitCode).distinct().toList());
    return entries.stream().map(entry -> RosterLine.of(entry, people, units)).toList();
  }
}
