package org.zhixing.quiz.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A submission, optionally with the last answers not yet saved, by question number (from 1). */
public record SubmitRequest(@Size(max = 500) Map<@NotNull Integer, @NotNull @Size(max = 20) List<@NotNull @Size(max = 4000) String>> answers) {}
