package org.zhixing.platform.problem;

/** A request parameter has a value the API does not know, e.g. an unknown position code. */
public class InvalidParameterException extends DomainException {

  public InvalidParameterException(String parameter, String value) {
    super("invalid-parameter", 400, "Invalid value for %s: %s".formatted(parameter, value), parameter, value);
  }
}
