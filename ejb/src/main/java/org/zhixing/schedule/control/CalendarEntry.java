package org.zhixing.schedule.control;

import java.time.Instant;

/** One event of a calendar feed: an occurrence of a session, with what a phone calendar shows of it. */
public record CalendarEntry(
    String uid, Instant start, Instant end, String summary, String location, String description, String url,
    boolean cancelled, Instant changedAt) {}
