package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.upload.boundary.DirectUploads;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.sheet.EmptySheetException;
import org.zhixing.platform.sheet.SheetRows;
import org.zhixing.quiz.control.BankNotFoundException;
import org.zhixing.quiz.control.BankReadOnlyException;
import org.zhixing.quiz.control.BankRepository;
import org.zhixing.quiz.control.QuestionFilter;
import org.zhixing.quiz.control.QuestionImageType;
import org.zhixing.quiz.control.QuestionImageTypeException;
import org.zhixing.quiz.control.QuestionInUseException;
import org.zhixing.quiz.control.QuestionNotFoundException;
import org.zhixing.quiz.control.QuestionSheet;
import org.zhixing.quiz.control.QuestionSheetWriter;
import org.zhixing.quiz.control.QuizAccess;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionBank;
import org.zhixing.quiz.entity.QuestionContent;

/**
 * Question banks and their questions. Staff see the banks owned within their subtree and those shared from above;
 * they edit only the former. A sheet of questions is checked whole and added whole, or not at all.
 */
@Stateless
public class QuestionBanks {

  @Inject BankRepository banks;
  @Inject QuizAccess access;
  @Inject DirectUploads uploads;
  @Inject AssetCatalog assets;

  public Page<BankSummary> list(Caller caller, PageRequest page) {
    Page<QuestionBank> found = banks.usableWithin(access.scopePath(caller), page);
    Map<Long, Long> counts = banks.questionCounts(found.items().stream().map(QuestionBank::id).toList());
    return found.map(bank -> summary(caller, bank, counts.getOrDefault(bank.id(), 0L)));
  }

  /** A new bank owned by the caller's unit. */
  public BankSummary create(Caller caller, String name) {
    OrgUnit owner = access.scopeOf(caller);
    var bank = new QuestionBank(name, owner.code(), owner.path(), caller.username());
    banks.add(bank);
    banks.flush();
    return summary(caller, bank, 0);
  }

  public BankSummary read(Caller caller, long bankId) {
    QuestionBank bank = usable(caller, bankId);
    return summary(caller, bank, banks.questionCounts(List.of(bankId)).getOrDefault(bankId, 0L));
  }

  public BankSummary rename(Caller caller, long bankId, String name) {
    editable(caller, bankId).rename(name);
    return read(caller, bankId);
  }

  /** Shares the bank with the units below its owner, or stops sharing it; for org admins. */
  public BankSummary share(Caller caller, long bankId, boolean shared) {
    QuestionBank bank = usable(caller, bankId);
    if (!access.mayShare(caller, bank)) {
      throw new BankReadOnlyException(bankId);
    }
    bank.share(shared);
    return read(caller, bankId);
  }

  public Page<StoredQuestion> questions(Caller caller, long bankId, QuestionFilter filter, PageRequest page) {
    usable(caller, bankId);
    return banks.questions(bankId, filter, page).map(question -> stored(caller, question));
  }

  public StoredQuestion question(Caller caller, long bankId, long questionId) {
    usable(caller, bankId);
    return stored(caller,
        banks.findQuestion(bankId, questionId).orElseThrow(() -> new QuestionNotFoundException(questionId)));
  }

  public StoredQuestion add(Caller caller, long bankId, QuestionContent content) {
    var question = new Question(editable(caller, bankId), content);
    banks.add(question);
    banks.flush();
    return stored(caller, question);
  }

  public StoredQuestion rewrite(Caller caller, long bankId, long questionId, QuestionContent content) {
    editable(caller, bankId);
    Question question = banks.findQuestion(bankId, questionId).orElseThrow(() -> new QuestionNotFoundException(questionId));
    question.rewrite(content);
    return stored(caller, question);
  }

  /**
   * Shows the picture in {@code file} with the question: a PNG, JPEG or WebP by its content, stored in the courseware
   * content store as an asset of the caller's unit (checked there for truncation too).
   */
  public StoredQuestion showImage(Caller caller, long bankId, long questionId, Path file, String fileName) {
    editable(caller, bankId);
    Question question = banks.findQuestion(bankId, questionId).orElseThrow(() -> new QuestionNotFoundException(questionId));
    if (QuestionImageType.of(file).isEmpty()) {
      throw new QuestionImageTypeException(fileName);
    }
    try (InputStream in = Files.newInputStream(file)) {
      question.showImage(uploads.store(caller, in, fileName));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the picture " + file + " failed", e);
    }
    return stored(caller, question);
  }

  public void delete(Caller caller, long bankId, long questionId) {
    editable(caller, bankId);
    Question question = banks.findQuestion(bankId, questionId).orElseThrow(() -> new QuestionNotFoundException(questionId));
    if (banks.isInUse(questionId)) {
      throw new QuestionInUseException(questionId);
    }
    banks.remove(question);
  }

  /** Checks a sheet row by row; adds all its questions if no row has a problem, else none. */
  public ImportReport importSheet(Caller caller, long bankId, Path file, String fileName) {
    QuestionBank bank = editable(caller, bankId);
    var checked = new QuestionSheet();
    SheetRows.read(file, fileName, checked::row);
    if (!checked.sawHeader()) {
      throw new EmptySheetException(fileName);
    }
    if (checked.problems().isEmpty()) {
      checked.rows().forEach(row -> banks.add(new Question(bank, row.content())));
    }
    return new ImportReport(fileName, checked.dataRows(), checked.problems().isEmpty() ? checked.rows().size() : 0,
        checked.problems());
  }

  /** Writes the bank's questions as a sheet in the layout the import reads. */
  public void export(Caller caller, long bankId, OutputStream out) throws IOException {
    usable(caller, bankId);
    List<Question> questions = banks.allOf(List.of(bankId)).getOrDefault(bankId, List.of());
    QuestionSheetWriter.write(questions.stream().map(Question::content).toList(), out);
  }

  private StoredQuestion stored(Caller caller, Question question) {
    String image = question.imageAssetId().map(asset -> assets.linkFor(asset, caller.username()).path()).orElse(null);
    return new StoredQuestion(question.id(), question.bank().id(), question.content(), image);
  }

  private BankSummary summary(Caller caller, QuestionBank bank, long questions) {
    return new BankSummary(bank, questions, access.mayEdit(caller, bank), access.mayShare(caller, bank));
  }

  private QuestionBank usable(Caller caller, long bankId) {
    return banks.find(bankId).filter(bank -> access.mayUse(caller, bank)).orElseThrow(() -> new BankNotFoundException(bankId));
  }

  private QuestionBank editable(Caller caller, long bankId) {
    QuestionBank bank = usable(caller, bankId);
    if (!access.mayEdit(caller, bank)) {
      throw new BankReadOnlyException(bankId);
    }
    return bank;
  }
}
