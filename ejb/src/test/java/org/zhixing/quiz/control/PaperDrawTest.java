package org.zhixing.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionType;
import org.zhixing.quiz.entity.TestQuestions;

class PaperDrawTest {

  private static final List<Question> BANK = bank();
  private static final Map<Long, Question> BY_ID = BANK.stream().collect(Collectors.toMap(Question::id, Function.identity()));

  private static final List<DrawRule> RULES = List.of(
      new DrawRule(1, "star:产业兴旺", QuestionType.SINGLE_CHOICE, null, 3, new BigDecimal("2")),
      new DrawRule(1, null, QuestionType.TRUE_FALSE, 1, 2, BigDecimal.ONE),
      new DrawRule(1, "star:支部过硬", null, 5, 2, new BigDecimal("5")));

  /** 5 types × 5 difficulties × 2 stars × 2 copies: 200 questions. */
  private static List<Question> bank() {
    var questions = new ArrayList<Question>();
    long id = 1;
    for (QuestionType type : QuestionType.values()) {
      for (int difficulty = 1; difficulty <= 5; difficulty++) {
        for (String star : List.of("star:产业兴旺", "star:支部过硬")) {
          for (int copy = 0; copy < 2; copy++) {
            questions.add(TestQuestions.of(id++, TestQuestions.tagged(type, difficulty, star, "copy" + copy)));
          }
        }
      }
    }
    return questions;
  }

  @RepeatedTest(20)
  void everyRuleGetsItsCountOfMatchingQuestionsAndPointsWithoutRepeats() {
    List<AttemptItem> items = draw(RULES, BANK, new Random());

    assertThat(items).hasSize(7);
    assertThat(items.stream().map(AttemptItem::questionId).collect(Collectors.toSet())).hasSize(7);
    int at = 0;
    for (DrawRule rule : RULES) {
      for (int i = 0; i < rule.count(); i++, at++) {
        AttemptItem item = items.get(at);
        assertThat(rule.matches(BY_ID.get(item.questionId()))).as("item %d matches rule", at).isTrue();
        assertThat(item.points()).isEqualByComparingTo(rule.points());
      }
    }
  }

  @Test
  void theSameSeedDrawsTheSamePaperWhateverOrderTheBankWasReadIn() {
    var shuffled = new ArrayList<>(BANK);
    Collections.shuffle(shuffled, new Random(7));

    List<Long> first = ids(draw(RULES, BANK, new Random(99)));
    List<Long> again = ids(draw(RULES, shuffled, new Random(99)));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void differentSeedsDrawDifferentPapers() {
    var papers = new HashSet<List<Long>>();
    for (long seed = 0; seed < 20; seed++) {
      papers.add(ids(draw(RULES, BANK, new Random(seed))));
    }
    assertThat(papers).hasSizeGreaterThan(10);
  }

  @Test
  void aRuleThatOverlapsAnEarlierOneTakesOnlyWhatIsLeft() {
    // 4 single-choice questions of difficulty 1 exist; the first rule takes 3, the second wants 2 of the same
    var rules = List.of(
        new DrawRule(1, null, QuestionType.SINGLE_CHOICE, 1, 3, BigDecimal.ONE),
        new DrawRule(1, null, QuestionType.SINGLE_CHOICE, 1, 2, BigDecimal.ONE));

    assertThatThrownBy(() -> draw(rules, BANK, new Random()))
        .isInstanceOf(NotEnoughQuestionsException.class)
        .hasMessageContaining("Rule 2 wants 2 questions, 1 match");
  }

  /** The draw over the ids of the bank's questions matching each rule, as the repository reads them. */
  private static List<AttemptItem> draw(List<DrawRule> rules, List<Question> bank, Random random) {
    return PaperDraw.draw(rules,
        rules.stream().map(rule -> bank.stream().filter(rule::matches).map(Question::id).toList()).toList(), random);
  }

  private static List<Long> ids(List<AttemptItem> items) {
    return items.stream().map(AttemptItem::questionId).toList();
  }
}
