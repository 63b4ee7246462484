package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Position;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.quiz.control.AttemptRepository;
import org.zhixing.quiz.control.BankRepository;
import org.zhixing.quiz.control.PaperDraw;
import org.zhixing.quiz.control.PaperNotFoundException;
import org.zhixing.quiz.control.PaperRepository;
import org.zhixing.quiz.control.QuizAccess;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.InvalidPaperException;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.PaperAudience;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionBank;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.schedule.boundary.SessionAudiences;

/**
 * Defining, publishing and offering papers. A paper may ask only questions of banks its author may use, be offered
 * only within the author's subtree, and attach only to a course the author can see. Publishing checks that every
 * rule can be met, so that no learner meets a paper that cannot be drawn.
 */
@Stateless
public class Papers {

  @Inject PaperRepository papers;
  @Inject BankRepository banks;
  @Inject AttemptRepository attempts;
  @Inject QuizAccess access;
  @Inject CourseCatalog courses;
  @Inject SessionAudiences sessions;

  public PaperDetails create(Caller caller, PaperDefinition definition) {
    OrgUnit owner = access.scopeOf(caller);
    var paper = new Paper(owner.code(), owner.path(), caller.username());
    define(caller, paper, definition);
    papers.add(paper);
    papers.flush();
    return details(paper);
  }

  public PaperDetails update(Caller caller, long paperId, PaperDefinition definition) {
    Paper paper = managed(caller, paperId);
    define(caller, paper, definition);
    return details(paper);
  }

  public PaperDetails publish(Caller caller, long paperId) {
    Paper paper = managed(caller, paperId);
    if (paper.drawn()) {
      PaperDraw.draw(paper.rules(), banks.candidates(paper.rules()), new Random());
    }
    paper.publish(Instant.now());
    return details(paper);
  }

  public PaperDetails read(Caller caller, long paperId) {
    return details(managed(caller, paperId));
  }

  public Page<PaperDetails> managedList(Caller caller, PageRequest page) {
    return papers.ownedWithin(access.scopePath(caller), page).map(this::details);
  }

  /** Every attempt at the paper, for its managers; read as stored (the sweep submits overdue ones). */
  public List<Attempt> attemptsAt(Caller caller, long paperId) {
    return attempts.at(managed(caller, paperId).id());
  }

  private Paper managed(Caller caller, long paperId) {
    return papers.find(paperId).filter(p -> access.mayManage(caller, p)).orElseThrow(() -> new PaperNotFoundException(paperId));
  }

  private PaperDetails details(Paper paper) {
    List<FixedQuestion> fixed = paper.questions();
    Map<Long, QuestionContent> contents = banks.byIds(fixed.stream().map(FixedQuestion::questionId).toList()).values()
        .stream().collect(Collectors.toMap(Question::id, Question::content));
    return new PaperDetails(paper, fixed, paper.rules(), contents, paper.audience());
  }

  /** Published papers offered to the caller that have not closed, with their attempts. */
  public Page<OfferedPaper> offered(Caller caller, PageRequest page) {
    return papers.offeredTo(access.offeredTo(caller), Instant.now(), page)
        .map(paper -> new OfferedPaper(paper, attempts.of(caller.username(), paper.id())));
  }

  private void define(Caller caller, Paper paper, PaperDefinition definition) {
    if (!access.mayOfferTo(caller, definition.settings().audienceUnitCode())) {
      throw new InvalidPaperException("audience");
    }
    if (definition.settings().courseId() != null) {
      courses.read(caller, definition.settings().courseId(), false);
    }
    checkAudience(caller, definition.audience());
    Map<Long, Question> fixed = banks.byIds(definition.questions().stream().map(FixedQuestion::questionId).toList());
    for (FixedQuestion question : definition.questions()) {
      Question found = fixed.get(question.questionId());
      if (found == null || !access.mayUse(caller, found.bank())) {
        throw new InvalidPaperException("question");
      }
    }
    for (long bankId : bankIds(definition.rules())) {
      QuestionBank bank = banks.find(bankId).orElse(null);
      if (bank == null || !access.mayUse(caller, bank)) {
        throw new InvalidPaperException("bank");
      }
    }
    paper.define(definition.settings(), definition.questions(), definition.rules());
    paper.restrictAudience(definition.audience());
  }

  /** A session must be one the author organizes; posts must be posts the org tree knows. */
  private void checkAudience(Caller caller, PaperAudience audience) {
    if (audience.sessionId() != null) {
      sessions.checkManaged(caller, audience.sessionId());
    }
    Set<String> posts = Arrays.stream(Position.values()).map(Position::name).collect(Collectors.toSet());
    if (!posts.containsAll(audience.positions())) {
      throw new InvalidPaperException("positions");
    }
  }

  private static Set<Long> bankIds(List<DrawRule> rules) {
    return rules.stream().map(DrawRule::bankId).collect(Collectors.toSet());
  }
}
