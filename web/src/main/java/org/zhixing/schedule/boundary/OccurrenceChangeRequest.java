package org.zhixing.schedule.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Which occurrence to change (by the start the rule gave it) and, for a move, its new times. */
public record OccurrenceChangeRequest(@NotNull OffsetDateTime originalStart, OffsetDateTime startsAt, OffsetDateTime endsAt) {}
