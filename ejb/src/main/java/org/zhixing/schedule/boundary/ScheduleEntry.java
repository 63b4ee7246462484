package org.zhixing.schedule.boundary;

import org.zhixing.schedule.control.AttendanceRecord;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.TrainingSession;

/** One occurrence on a learner's schedule, with its session and the learner's attendance if any (else null). */
public record ScheduleEntry(StoredOccurrence occurrence, TrainingSession session, AttendanceRecord attendance) {}
