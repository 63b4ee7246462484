package org.zhixing.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhixing.quiz.boundary.QuizResults;
import org.zhixing.quiz.boundary.TestResult;

/** Tests taken: every paper with a submitted attempt, its best score, passed or not, and the hours a pass earned. */
@ApplicationScoped
public class TestSource implements RecordSource {

  @Inject QuizResults quiz;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public RecordSection section(String learner, Instant from, Instant to) {
    return new RecordSection("TESTS", "参加考试", quiz.taken(learner, from, to).stream()
        .map(t -> new RecordEntry(LearningYear.dateOf(t.lastSubmittedAt()), t.title(), detail(t), t.creditHours()))
        .toList());
  }

  static String detail(TestResult test) {
    String best = test.bestScore() == null ? "待阅卷" : "最高 " + test.bestScore().stripTrailingZeros().toPlainString() + " 分";
    return (test.passed() ? "通过" : "未通过") + "，" + best + "，共 " + test.attempts() + " 次";
  }
}
