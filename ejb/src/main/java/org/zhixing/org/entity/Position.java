package org.zhixing.org.entity;

/** The posts a person holds in the campaign; a village secretary is often also the village director (一肩挑). */
public enum Position {
  /** 村党组织书记 */
  PARTY_SECRETARY,
  /** 村委会主任 */
  VILLAGE_DIRECTOR,
  /** 村"两委"成员 */
  COMMITTEE_MEMBER,
  /** 驻村第一书记 */
  FIRST_SECRETARY,
  /** 驻村干部 */
  RESIDENT_CADRE,
  /** 乡镇干部 */
  TOWNSHIP_CADRE,
  /** 县直单位干部 */
  COUNTY_CADRE,
  /** 乡镇党委组织委员: the township's officer for Party organization, whom coverage supervision reminds of laggards. */
  ORGANIZING_MEMBER;

  /** Posts held by people sent from outside the village, who therefore have a dispatching unit (派出单位). */
  public boolean isDispatched() {
    return this == FIRST_SECRETARY || this == RESIDENT_CADRE;
  }
}
