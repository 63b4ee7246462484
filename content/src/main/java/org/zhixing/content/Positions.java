package org.zhixing.content;

import java.util.Set;

/** The position codes a {@link PersonSeed} may hold. */
final class Positions {

  /** 村（社区）党组织书记. */
  static final String PARTY_SECRETARY = "PARTY_SECRETARY";
  /** 村（居）委会主任; held by the secretary himself in an "一肩挑" village. */
  static final String VILLAGE_DIRECTOR = "VILLAGE_DIRECTOR";
  /** 村"两委"成员. */
  static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";
  /** 驻村第一书记, sent by a dispatching unit. */
  static final String FIRST_SECRETARY = "FIRST_SECRETARY";
  /** 驻村干部 of a village work team, sent by the same unit as its first secretary. */
  static final String RESIDENT_CADRE = "RESIDENT_CADRE";
  /** 乡镇干部. */
  static final String TOWNSHIP_CADRE = "TOWNSHIP_CADRE";
  /** 乡镇党委组织委员: the township cadre who organises its training and is reminded of its laggard villages. */
  static final String ORGANIZING_MEMBER = "ORGANIZING_MEMBER";
  /** 县直单位干部. */
  static final String COUNTY_CADRE = "COUNTY_CADRE";

  static final Set<String> ALL = Set.of(PARTY_SECRETARY, VILLAGE_DIRECTOR, COMMITTEE_MEMBER,
      FIRST_SECRETARY, RESIDENT_CADRE, TOWNSHIP_CADRE, ORGANIZING_MEMBER, COUNTY_CADRE);

  private Positions() {}
}
