package org.zhixing.schedule.control;

import java.time.Instant;

/** One thing that collides with the session being checked: {@code subject} (a venue, a trainer, a person) is also
 * due at another session's occurrence from {@code start} to {@code end}. */
public record Clash(String subject, long sessionId, String title, Instant start, Instant end) {}
