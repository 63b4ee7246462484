package org.zhixing.quiz.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An answer to one question: the chosen option keys, 对/错 (T/F), one text per blank, or the short answer's text. */
public record AnswerRequest(@NotNull @Size(max = 20) List<@NotNull @Size(max = 4000) String> response) {}
