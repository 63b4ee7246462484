package org.zhixing.schedule.control;

import org.zhixing.schedule.entity.TrainingSession;

/** A session and one of its occurrences. */
public record SessionOccurrence(TrainingSession session, StoredOccurrence occurrence) {}
