package org.zhixing.schedule.control;

/**
 * Division codes nest by digits (2 province, 2 city, 2 county, 3 township, 3 village), so the units of a subtree are
 * the codes that start with the subtree's own significant digits: a county's people are found by {@code 411627%}
 * over the unit codes this feature keeps, without asking the org feature for paths.
 */
public final class DivisionCodes {

  private DivisionCodes() {}

  /** The significant digits of a unit's code: 4 for a city, 6 for a county, 9 for a township, 12 for a village. */
  public static String subtreePrefix(String code) {
    if (code.substring(4).equals("00000000")) {
      return code.substring(0, 4);
    }
    if (code.substring(6).equals("000000")) {
      return code.substring(0, 6);
    }
    return code.substring(9).equals("000") ? code.substring(0, 9) : code;
  }
}
