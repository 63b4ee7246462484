package org.zhixing.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.zhixing.schedule.boundary.AttendanceHistory;
import org.zhixing.schedule.boundary.AttendedOccurrence;

/** Training sessions attended: each occurrence the learner counts as present at, with the hours it earned. */
@ApplicationScoped
public class SessionSource implements RecordSource {

  private static final Map<String, String> MODES = Map.of("CENTRALIZED", "集中培训", "REMOTE_SYNC", "远程同步",
      "SEMINAR", "座谈会", "OBSERVATION", "观摩", "FACE_TO_FACE", "面对面指导");
  private static final Map<String, String> LEVELS = Map.of("MUNICIPAL", "市级", "COUNTY", "县级", "TOWNSHIP", "乡镇级");

  @Inject AttendanceHistory attendance;

  @Override
  public int order() {
    return 30;
  }

  @Override
  public RecordSection section(String learner, Instant from, Instant to) {
    return new RecordSection("SESSIONS", "参加培训", attendance.of(learner, from, to).stream()
        .map(o -> new RecordEntry(LearningYear.dateOf(o.occurrenceStart()), o.sessionTitle(), detail(o),
            o.creditHours()))
        .toList());
  }

  static String detail(AttendedOccurrence occurrence) {
    return LEVELS.getOrDefault(occurrence.level(), occurrence.level()) + MODES.getOrDefault(occurrence.mode(),
        occurrence.mode());
  }
}
