package org.zhixing.quiz.boundary;

import java.time.Instant;

/** A saved answer: when the server saved it, and the attempt's deadline. */
public record SavedView(Instant savedAt, Instant deadline) {}
