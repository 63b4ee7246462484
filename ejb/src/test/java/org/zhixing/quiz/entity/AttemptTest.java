package org.zhixing.quiz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptTest {

  private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

  private final Question single = TestQuestions.of(1, TestQuestions.single("A", "甲", "乙"));
  private final Question essay = TestQuestions.of(2, new QuestionContent(QuestionType.SHORT_ANSWER, "谈谈体会。",
      List.of(), List.of(), null, "言之有物", 3, Set.of()));
  private final Map<Long, Question> questions = Map.of(1L, single, 2L, essay);

  @Test
  void theDeadlineIsTheTimeLimitOrThePapersClosingIfSooner() {
    assertThat(attempt(paper(60, null), List.of()).deadline()).isEqualTo(START.plusSeconds(60));
    assertThat(attempt(paper(60, START.plusSeconds(30)), List.of()).deadline()).isEqualTo(START.plusSeconds(30));
  }

  @Test
  void answersAreRefusedAtAndAfterTheDeadline() {
    Attempt attempt = attempt(paper(60, null), List.of(new AttemptItem(1, BigDecimal.TEN)));

    attempt.answer(0, List.of("A"), START.plusSeconds(59));
    assertThatThrownBy(() -> attempt.answer(0, List.of("B"), START.plusSeconds(60)))
        .isInstanceOf(AttemptClosedException.class);
    assertThatThrownBy(() -> attempt.submit(questions, START.plusSeconds(61))).isInstanceOf(AttemptClosedException.class);
    assertThat(attempt.items().getFirst().response()).containsExactly("A");
  }

  @Test
  void anOverdueAttemptIsSubmittedAtItsDeadlineAsItStands() {
    Attempt attempt = attempt(paper(60, null), List.of(new AttemptItem(1, BigDecimal.TEN)));
    attempt.answer(0, List.of("A"), START.plusSeconds(10));

    assertThat(attempt.isOverdueAt(START.plusSeconds(60))).isTrue();
    attempt.submitAtDeadline(questions);

    assertThat(attempt.submittedAt()).isEqualTo(START.plusSeconds(60));
    assertThat(attempt.autoSubmitted()).isTrue();
    assertThat(attempt.status()).isEqualTo(AttemptStatus.GRADED);
    assertThat(attempt.score()).isEqualByComparingTo("10");
    assertThat(attempt.passed()).isTrue();
  }

  @Test
  void shortAnswersHoldTheResultUntilGraded() {
    Attempt attempt = attempt(paper(60, null), List.of(new AttemptItem(1, BigDecimal.TEN), new AttemptItem(2, BigDecimal.TEN)));
    attempt.answer(1, List.of("组织振兴是关键"), START.plusSeconds(5));
    attempt.submit(questions, START.plusSeconds(6));

    assertThat(attempt.status()).isEqualTo(AttemptStatus.AWAITING_GRADING);
    assertThat(attempt.score()).isNull();
    assertThatThrownBy(() -> attempt.grade(1, new BigDecimal("11"), null, "trainer", START))
        .isInstanceOf(InvalidScoreException.class);

    attempt.grade(1, new BigDecimal("8"), "较好", "trainer", START.plusSeconds(100));

    assertThat(attempt.status()).isEqualTo(AttemptStatus.GRADED);
    assertThat(attempt.score()).isEqualByComparingTo("8");
    assertThat(attempt.passed()).as("pass score 9").isFalse();
    assertThat(attempt.items().get(1).comment()).isEqualTo("较好");
  }

  private static Paper paper(int seconds, Instant closesAt) {
    var paper = new Paper("411627000000", "/411600000000/411627000000/", "trainer");
    paper.define(new PaperSettings("测验", "411627000000", null, false, seconds, 1, new BigDecimal("9"),
        AnswerVisibility.AFTER_SUBMIT, new BigDecimal("0.5"), null, closesAt), List.of(new FixedQuestion(1, BigDecimal.TEN)),
        List.of());
    paper.publish(START.minusSeconds(1));
    return paper;
  }

  private static Attempt attempt(Paper paper, List<AttemptItem> items) {
    return new Attempt(paper, "learner", "411627101201", 1, 42, START, items);
  }
}
