package org.zhixing.policy.entity;

/** Which level of government issued a document: 省, 市, 县, 乡镇. */
public enum PolicyLevel {
  PROVINCE,
  CITY,
  COUNTY,
  TOWNSHIP
}
