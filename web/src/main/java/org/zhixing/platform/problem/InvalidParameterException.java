package org.zhixing.platform.problem;

/** A request parameter has a value the API does not know, e.g. an unknown position code. */
public class InvalidParameterException extends DomainException {

  public InvalidParameterException(String parameter, String value) {
    super("Invalid value for %s: %s".formatted(parameter, value), parameter, value);
  }

  @Override
  public String type() {
    return "invalid-parameter";
  }

  @Override
  public int status() {
    return 400;
  }
}
