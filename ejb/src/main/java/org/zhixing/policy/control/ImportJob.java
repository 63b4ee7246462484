package org.zhixing.policy.control;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One bulk import as it runs in the background: every row is validated (metadata and text extraction) before anything
 * is stored, and the documents are then stored in one transaction — all of them, or none when any row is wrong.
 */
public final class ImportJob {

  /** Where the job is. */
  public enum State {
    VALIDATING,
    IMPORTING,
    DONE,
    FAILED
  }

  private final String id = UUID.randomUUID().toString();
  private volatile State state = State.VALIDATING;
  private volatile int done;
  private volatile int total;
  private volatile int imported;
  private final List<ImportError> errors = new ArrayList<>();

  public String id() {
    return id;
  }

  public State state() {
    return state;
  }

  public int done() {
    return done;
  }

  public int total() {
    return total;
  }

  public int imported() {
    return imported;
  }

  public synchronized List<ImportError> errors() {
    return List.copyOf(errors);
  }

  void validating(int rows) {
    total = rows;
  }

  void rowChecked() {
    done++;
  }

  synchronized void reject(ImportError error) {
    errors.add(error);
  }

  synchronized boolean hasErrors() {
    return !errors.isEmpty();
  }

  void importing() {
    state = State.IMPORTING;
  }

  void finished(int count) {
    imported = count;
    state = State.DONE;
  }

  void failed() {
    state = State.FAILED;
  }
}
