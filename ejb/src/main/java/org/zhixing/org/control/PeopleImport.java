package org.zhixing.org.control;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A people sheet on its way in: being checked (with how far the check has got), then checked — what it says, what is
 * wrong with it, what committing it would change — or failed as a whole (unreadable, columns missing). Committed at
 * most once, and only without a single problem. The uploaded file is kept beside it for the row report.
 */
public final class PeopleImport {

  public enum State { CHECKING, CHECKED, FAILED }

  /** Where a running check is: reading the rows (with the share of the sheet read), then matching them. */
  public enum Phase { READING, MATCHING, DONE }

  /**
   * What a finished check found: where the header is (rows above it are a title), the problems of every row, the
   * sheet's and the plan's, ordered by row, and the plan.
   */
  public record Checked(
      Instant at, int headerRow, SheetHeaders headers, int rows, List<RowProblem> problems, ImportPlan plan) {
    public Checked {
      problems = List.copyOf(problems);
    }
  }

  private final String id = UUID.randomUUID().toString();
  private final String createdBy;
  private final String scopeCode;
  private final String fileName;
  private final Path sheet;
  private final CompletableFuture<Checked> outcome = new CompletableFuture<>();
  private volatile Phase phase = Phase.READING;
  private volatile double readShare;
  private volatile PeopleWriter.Written written;

  /** @param folder where the uploaded file is kept, under this import's id */
  PeopleImport(String createdBy, String scopeCode, String fileName, Path folder) {
    this.createdBy = createdBy;
    this.scopeCode = scopeCode;
    this.fileName = fileName;
    this.sheet = folder.resolve(id);
  }

  public String id() {
    return id;
  }

  public String createdBy() {
    return createdBy;
  }

  public String scopeCode() {
    return scopeCode;
  }

  public String fileName() {
    return fileName;
  }

  /** The uploaded file as it came. */
  public Path sheet() {
    return sheet;
  }

  public State state() {
    if (!outcome.isDone()) {
      return State.CHECKING;
    }
    return outcome.isCompletedExceptionally() ? State.FAILED : State.CHECKED;
  }

  public Phase phase() {
    return phase;
  }

  /** The share of the sheet's rows read so far, 0 to 1. */
  public double readShare() {
    return readShare;
  }

  void reading(double share) {
    readShare = share;
  }

  void matching() {
    readShare = 1;
    phase = Phase.MATCHING;
  }

  void checked(Checked result) {
    phase = Phase.DONE;
    outcome.complete(result);
  }

  void failed(RuntimeException failure) {
    phase = Phase.DONE;
    outcome.completeExceptionally(failure);
  }

  /**
   * The check's result once it is there, waiting at most {@code wait} for it; empty while it still runs.
   *
   * @throws RuntimeException the check's failure (a {@code DomainException} saying what is wrong with the sheet)
   */
  public Optional<Checked> result(Duration wait) {
    try {
      return Optional.of(outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    }
  }

  /** The check's result; refused while the check still runs. */
  public Checked checked() {
    return result(Duration.ZERO).orElseThrow(() -> new ImportStillCheckingException(id));
  }

  public boolean committed() {
    return written != null;
  }

  public PeopleWriter.Written written() {
    return written;
  }

  void committed(PeopleWriter.Written result) {
    written = result;
  }
}
