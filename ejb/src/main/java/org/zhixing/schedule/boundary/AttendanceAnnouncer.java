package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.zhixing.schedule.control.AttendanceCounted;

/** Tells other features, in the recording transaction, that someone counts as present at a session. */
@ApplicationScoped
public class AttendanceAnnouncer {

  @Inject Event<SessionAttended> attended;

  void onCounted(@Observes AttendanceCounted counted) {
    attended.fire(new SessionAttended(counted.sessionId(), counted.personId(), counted.signedInAt(),
        counted.creditHours()));
  }
}
