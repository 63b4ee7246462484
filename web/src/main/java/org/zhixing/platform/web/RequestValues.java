package org.zhixing.platform.web;

import java.util.List;
import org.zhixing.platform.problem.InvalidParameterException;

/** Loose values of request records read the same way everywhere: enum names checked, absent lists empty. */
public final class RequestValues {

  private RequestValues() {}

  /** The constant of {@code type} named {@code value}; another name is an invalid {@code parameter}. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(parameter, value);
    }
  }

  public static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
