package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;
import org.zhixing.quiz.control.BankRepository;
import org.zhixing.quiz.control.PaperNotFoundException;
import org.zhixing.quiz.control.PaperRepository;
import org.zhixing.quiz.control.PaperStatistics;
import org.zhixing.quiz.control.PaperStatistics.UnitTally;
import org.zhixing.quiz.control.QuestionTally;
import org.zhixing.quiz.control.QuizAccess;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.Question;

/**
 * The analysis of a paper (考试分析), so that trainers know what to teach again. Only the managers of a paper (its
 * owner's subtree) read it; to anyone else it does not exist. Units are those one level below the top of the reader's
 * subtree: a county trainer sees its townships, the city its counties.
 */
@Stateless
public class QuizAnalytics {

  static final int WEAKEST_TAGS = 5;

  @Inject PaperRepository papers;
  @Inject BankRepository banks;
  @Inject PaperStatistics statistics;
  @Inject QuizAccess access;
  @Inject OrgDirectory org;

  public PaperAnalysis of(Caller caller, long paperId) {
    Paper paper = papers.find(paperId).filter(p -> access.mayManage(caller, p)).orElseThrow(() -> new PaperNotFoundException(paperId));
    PaperStatistics.Summary summary = statistics.summary(paperId);
    List<QuestionTally> questions = statistics.questions(paperId, QuestionTally.groupSize(summary.graded()));
    Map<Long, Question> asked = banks.byIds(questions.stream().map(QuestionTally::questionId).toList());
    return new PaperAnalysis(
        paper,
        summary,
        Arrays.stream(statistics.histogram(paperId)).boxed().toList(),
        units(caller, statistics.byUnit(paperId)),
        questions,
        asked.values().stream().collect(Collectors.toMap(Question::id, Question::content)),
        statistics.wrongOptions(paperId).stream()
            .collect(Collectors.toMap(PaperStatistics.WrongOption::questionId, Function.identity())),
        statistics.weakestTags(paperId, WEAKEST_TAGS));
  }

  /** The tallies by the learners' units, added up per unit one level below the caller; in the order of the tree. */
  private List<PaperAnalysis.UnitResult> units(Caller caller, List<UnitTally> tallies) {
    Map<String, OrgUnit> holding = org.childrenOfScopeHolding(caller, tallies.stream().map(UnitTally::unitCode).toList());
    Map<OrgUnit, List<UnitTally>> byUnit = tallies.stream()
        .filter(tally -> holding.containsKey(tally.unitCode()))
        .collect(Collectors.groupingBy(tally -> holding.get(tally.unitCode())));
    return byUnit.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(OrgUnit::path)))
        .map(entry -> new PaperAnalysis.UnitResult(entry.getKey().code(), entry.getKey().name(),
            entry.getValue().stream().mapToLong(UnitTally::graded).sum(),
            entry.getValue().stream().mapToLong(UnitTally::passed).sum(),
            entry.getValue().stream().map(UnitTally::scoreSum).reduce(BigDecimal.ZERO, BigDecimal::add)))
        .toList();
  }
}
