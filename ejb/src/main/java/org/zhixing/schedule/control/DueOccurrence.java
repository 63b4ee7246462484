package org.zhixing.schedule.control;

import java.time.Instant;

/** An occurrence of a published session about to start, with what its reminder says. */
public record DueOccurrence(long id, long sessionId, String title, Instant start, Instant end, String venueName,
    String streamUrl) {}
