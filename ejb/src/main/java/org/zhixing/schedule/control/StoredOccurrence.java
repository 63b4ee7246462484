package org.zhixing.schedule.control;

import java.time.Instant;

/** An occurrence as stored, with the id that sign-ins and calendar entries refer to. */
public record StoredOccurrence(long id, long sessionId, Instant originalStart, Instant start, Instant end, boolean cancelled) {}
