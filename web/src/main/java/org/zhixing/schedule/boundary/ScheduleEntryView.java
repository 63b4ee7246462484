package org.zhixing.schedule.boundary;

/** One line of a learner's schedule: the occurrence, its session and the learner's attendance (null before). */
public record ScheduleEntryView(OccurrenceView occurrence, SessionView session, AttendanceView attendance) {

  static ScheduleEntryView of(ScheduleEntry entry) {
    return new ScheduleEntryView(OccurrenceView.of(entry.occurrence()), SessionView.of(entry.session()),
        AttendanceView.of(entry.attendance()));
  }
}
