package org.zhixing.schedule.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * For other features (coverage): a person ({@code personId}, org's id) counts as present at a session, in the
 * transaction that recorded it. Fired again on every later write that leaves them present (a sign-out, a correction):
 * observers must count it once.
 */
public record SessionAttended(long sessionId, long personId, Instant signedInAt, BigDecimal creditHours) {}
