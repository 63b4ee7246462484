package org.zhixing.schedule.control;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A person counts as present at an occurrence of a session (signed in, not marked absent), with the credit hours that
 * earned. Fired in the transaction of every write that leaves them present — a repeated scan and a sign-out too — so
 * observers must take a repeat as nothing new.
 */
public record AttendanceCounted(long sessionId, long personId, Instant signedInAt, BigDecimal creditHours) {}
