package org.zhixing.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the domain said no. Each subclass names one situation: its problem type (the last segment of the RFC 9457
 * {@code type} URI), its HTTP status, and a message key looked up in {@code messages*.properties} so that users read
 * it in their own language.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  private final String type;
  private final int status;
  private final transient List<Object> arguments;

  protected DomainException(String type, int status, String technicalMessage, Object... arguments) {
    super(technicalMessage);
    this.type = type;
    this.status = status;
    this.arguments = List.of(arguments);
  }

  /** Stable slug of the problem type, e.g. {@code org-unit-not-found}; also the message key. */
  public String type() {
    return type;
  }

  public int status() {
    return status;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
