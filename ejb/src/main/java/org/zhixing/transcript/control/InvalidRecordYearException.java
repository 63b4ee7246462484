package org.zhixing.transcript.control;

import org.zhixing.platform.problem.DomainException;

/** Records are kept by calendar year, from 2000 on. */
public class InvalidRecordYearException extends DomainException {

  public InvalidRecordYearException(int year) {
    super("invalid-record-year", 400, "No learning record year " + year, year);
  }
}
