package org.zhixing.transcript.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.tracking.boundary.CompletedCourses;
import org.zhixing.transcript.control.LearningRecord;
import org.zhixing.transcript.control.LearningRecordNotFoundException;
import org.zhixing.transcript.control.LearningRecordPdf;
import org.zhixing.transcript.control.LearningYear;
import org.zhixing.transcript.control.RecordAssembly;

/**
 * Reading learning records. Learners read their own; org and system admins read those of learners whose unit lies in
 * their subtree — the unit in the people register, else the one their learning progress was recorded under (as
 * tracking decides who may read progress). Anyone else is told there is no such record.
 */
@Stateless
public class LearningRecords {

  @Inject RecordAssembly assembly;
  @Inject OrgDirectory org;
  @Inject CompletedCourses courses;

  public LearningRecord record(Caller caller, String learner, int year) {
    LearningYear period = new LearningYear(year);
    String whose = readable(caller, learner);
    return assembly.recordOf(whose, nameOf(caller, whose), period);
  }

  /** The record as a PDF; the record was read (and its reader checked) by {@link #record}. */
  public byte[] pdf(LearningRecord record) {
    return LearningRecordPdf.render(record, LearningYear.today());
  }

  private String readable(Caller caller, String learner) {
    if (learner == null || learner.equals(caller.username())) {
      return caller.username();
    }
    boolean admin = caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
    String unit = person(learner).map(PersonRef::unitCode).or(() -> courses.unitOf(learner)).orElse(null);
    if (!admin || !org.coversUnit(caller, unit)) {
      throw new LearningRecordNotFoundException(learner);
    }
    return learner;
  }

  private String nameOf(Caller caller, String learner) {
    return person(learner).map(PersonRef::name)
        .orElse(learner.equals(caller.username()) ? caller.displayName() : learner);
  }

  private Optional<PersonRef> person(String learner) {
    List<PersonRef> people = org.peopleNamed(Set.of(learner));
    return people.stream().findFirst();
  }
}
