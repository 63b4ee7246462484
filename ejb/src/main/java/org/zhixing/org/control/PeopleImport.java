package org.zhixing.org.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A checked people sheet waiting for the admin's yes: what it says, what is wrong with it, and what committing it
 * would change. Committed at most once, and only without a single problem.
 */
public final class PeopleImport {

  private final String id = UUID.randomUUID().toString();
  private final Instant checkedAt = Instant.now();
  private final String createdBy;
  private final String scopeCode;
  private final String fileName;
  private final SheetHeaders headers;
  private final int rows;
  private final List<RowProblem> problems;
  private final ImportPlan plan;
  private volatile PeopleWriter.Written written;

  public PeopleImport(String createdBy, String scopeCode, String fileName, SheetHeaders headers, int rows,
      List<RowProblem> problems, ImportPlan plan) {
    this.createdBy = createdBy;
    this.scopeCode = scopeCode;
    this.fileName = fileName;
    this.headers = headers;
    this.rows = rows;
    this.problems = List.copyOf(problems);
    this.plan = plan;
  }

  public String id() {
    return id;
  }

  public Instant checkedAt() {
    return checkedAt;
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

  public SheetHeaders headers() {
    return headers;
  }

  public int rows() {
    return rows;
  }

  /** The problems of every row, the sheet's and the plan's, ordered by row. */
  public List<RowProblem> problems() {
    return problems;
  }

  public ImportPlan plan() {
    return plan;
  }

  public boolean committed() {
    return written != null;
  }

  public PeopleWriter.Written written() {
    return written;
  }

  public void committed(PeopleWriter.Written result) {
    written = result;
  }
}
