package org.zhixing.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One demo policy document (政策文件) for the policy library and its full-text search.
 *
 * <p>Every body starts with the demo marker {@link #DEMO_MARKER}: the texts were written for the
 * demo from public information and have no force.
 *
 * @param key stable id: {@code P0001}… in the pack, {@code G000001}… from the corpus generator
 * @param docNumber the 文号 as printed, e.g. 豫组〔2022〕12号; {@code null} for 解读 and 问答 without one
 * @param authority the issuing body, e.g. 中共周口市委组织部
 * @param level PROVINCE, CITY, COUNTY or TOWNSHIP
 * @param status IN_FORCE or SUPERSEDED
 * @param supersededBy the key of the newer document that replaced this one; only when SUPERSEDED
 * @param type NOTICE 通知, OPINION 意见, MEASURES 办法, PLAN 方案, STANDARD 标准, RULES 规定/细则,
 *     INTERPRETATION 解读 or QA 问答
 * @param tags one to four topic tags in Chinese, e.g. 五星支部, 软弱涣散, 村"两委"
 * @param body plain text, one paragraph a line ({@code \n} between paragraphs)
 * @param audience PUBLIC or INTERNAL (内部)
 * @param ownerUnitCode 12-digit code of the unit that publishes it in the app; provincial
 *     documents are registered by the city (411600000000)
 */
public record PolicySeed(String key, String docNumber, String title, String authority, String level,
                         LocalDate issueDate, String status, String supersededBy, String type,
                         List<String> tags, String body, String audience, String ownerUnitCode) {

  /** The first line of every body. */
  public static final String DEMO_MARKER = "【演示文本】本文件为知行系统演示内容，依据公开信息编写，不具有任何效力。";

  static final Set<String> LEVELS = Set.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP");
  static final Set<String> STATUSES = Set.of("IN_FORCE", "SUPERSEDED");
  static final Set<String> TYPES = Set.of("NOTICE", "OPINION", "MEASURES", "PLAN", "STANDARD", "RULES",
      "INTERPRETATION", "QA");
  static final Set<String> AUDIENCES = Set.of("PUBLIC", "INTERNAL");

  private static final Pattern KEY = Pattern.compile("[A-Z]\\d{4,6}");
  private static final Pattern UNIT_CODE = Pattern.compile("\\d{12}");

  public PolicySeed {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("policy key must be a letter and 4 to 6 digits: " + key);
    }
    require(docNumber == null || !docNumber.isBlank(), key, "has a blank document number (use null for none)");
    require(title != null && !title.isBlank(), key, "has no title");
    require(authority != null && !authority.isBlank(), key, "has no issuing authority");
    require(LEVELS.contains(level), key, "has unknown level " + level);
    require(issueDate != null, key, "has no issue date");
    require(STATUSES.contains(status), key, "has unknown status " + status);
    require("SUPERSEDED".equals(status) == (supersededBy != null), key,
        "names the document that supersedes it if and only if it is SUPERSEDED");
    require(!key.equals(supersededBy), key, "cannot supersede itself");
    require(TYPES.contains(type), key, "has unknown type " + type);
    tags = List.copyOf(tags);
    require(!tags.isEmpty() && tags.size() <= 4 && tags.stream().noneMatch(String::isBlank), key,
        "needs one to four tags, not " + tags);
    require(body != null && body.startsWith(DEMO_MARKER), key, "body must start with the demo marker");
    require(AUDIENCES.contains(audience), key, "has unknown audience " + audience);
    require(ownerUnitCode != null && UNIT_CODE.matcher(ownerUnitCode).matches(), key,
        "owner unit code must be 12 digits: " + ownerUnitCode);
  }

  /** The body's paragraphs, the demo marker first. */
  public List<String> paragraphs() {
    return List.of(body.split("\n"));
  }

  public boolean inForce() {
    return "IN_FORCE".equals(status);
  }

  private static void require(boolean condition, String key, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("policy " + key + " " + problem);
    }
  }
}
