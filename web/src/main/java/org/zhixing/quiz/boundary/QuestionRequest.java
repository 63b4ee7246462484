package org.zhixing.quiz.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/**
 * A question as the editor sends it. {@code answer}: the option keys (["A","C"] or ["AC"]); 对/错 or T/F; one entry
 * per blank with accepted variants split by |; or a short answer's reference answer.
 */
public record QuestionRequest(
    @NotNull QuestionType type,
    @NotBlank @Size(max = QuestionContent.MAX_STEM) String stem,
    @Size(max = QuestionContent.MAX_OPTIONS) List<@NotNull @Size(max = QuestionContent.MAX_OPTION) String> options,
    @Size(max = 20) List<@NotNull @Size(max = 4000) String> answer,
    @Size(max = 4000) String explanation,
    @Size(max = 4000) String rubric,
    @Min(1) @Max(5) int difficulty,
    @Size(max = 20) Set<@NotBlank @Size(max = QuestionContent.MAX_TAG) String> tags) {

  QuestionContent toContent() {
    return new QuestionContent(type, stem, options, answer, explanation, rubric, difficulty, tags);
  }
}
