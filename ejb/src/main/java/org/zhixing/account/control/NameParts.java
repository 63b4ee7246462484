package org.zhixing.account.control;

import java.util.Set;

/**
 * A Chinese name split into the family name ({@code lastName} in Keycloak) and the given name ({@code firstName}), so
 * that the portal's greeting ({@code family_name + given_name}) reads 王建国 again. The family name is the first
 * character, or the first two for the compound surnames in use; names in another form (with a middle dot, or of one
 * character) keep the whole name as the given name and as the family name too, since Keycloak's profile requires both.
 */
public record NameParts(String lastName, String firstName) {

  private static final Set<String> COMPOUND_SURNAMES = Set.of(
      "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
      "令狐", "钟离", "澹台", "端木", "独孤", "南宫", "西门", "百里", "呼延", "闻人", "万俟", "申屠", "赫连", "拓跋");

  public static NameParts of(String name) {
    String whole = name.strip();
    int length = whole.codePointCount(0, whole.length());
    if (length < 2 || whole.contains("·") || whole.contains("•")) {
      return new NameParts(whole, whole);
    }
    int surname = length > 2 && COMPOUND_SURNAMES.contains(whole.substring(0, whole.offsetByCodePoints(0, 2))) ? 2 : 1;
    int split = whole.offsetByCodePoints(0, surname);
    return new NameParts(whole.substring(0, split), whole.substring(split));
  }
}
