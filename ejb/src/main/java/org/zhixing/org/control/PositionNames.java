package org.zhixing.org.control;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhixing.org.entity.Position;

/**
 * The posts as sheets write them. One cell may hold several (村党组织书记、村委会主任), and 一肩挑 means the secretary
 * is also the director. Quotes are ignored, since 村"两委"成员 is typed with every kind of quotation mark or none.
 */
final class PositionNames {

  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」]");

  /** Whole names only: 第一书记 is its own post, not a 书记. */
  private static final Map<String, Set<Position>> NAMES = new LinkedHashMap<>();

  static {
    names(EnumSet.of(Position.PARTY_SECRETARY, Position.VILLAGE_DIRECTOR), "一肩挑", "书记主任一肩挑", "书记兼主任");
    names(EnumSet.of(Position.FIRST_SECRETARY), "驻村第一书记", "第一书记");
    names(EnumSet.of(Position.PARTY_SECRETARY), "村党组织书记", "党支部书记", "村党支部书记", "党总支书记", "村支书", "支书", "书记");
    names(EnumSet.of(Position.VILLAGE_DIRECTOR), "村委会主任", "村民委员会主任", "主任", "村主任");
    names(EnumSet.of(Position.COMMITTEE_MEMBER), "村两委成员", "两委成员", "两委委员", "村两委委员", "支委", "村委委员", "委员");
    names(EnumSet.of(Position.RESIDENT_CADRE), "驻村干部", "驻村工作队员", "工作队员");
    names(EnumSet.of(Position.TOWNSHIP_CADRE), "乡镇干部", "包村干部");
    names(EnumSet.of(Position.COUNTY_CADRE), "县直单位干部", "县直干部");
    names(EnumSet.of(Position.ORGANIZING_MEMBER), "乡镇组织委员", "组织委员", "党委组织委员");
  }

  private PositionNames() {}

  /** The posts of one name, or empty if we do not know it. */
  static Optional<Set<Position>> of(String name) {
    return Optional.ofNullable(NAMES.get(QUOTES.matcher(name).replaceAll("").strip()));
  }

  /** The name an exported sheet uses for a post: the first one listed for it alone. */
  static String canonical(Position position) {
    return NAMES.entrySet().stream()
        .filter(name -> name.getValue().equals(Set.of(position)))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /** The names in a cell, split at 、 , ; / and spaces. */
  static String[] split(String cell) {
    String trimmed = cell.strip();
    return trimmed.isEmpty() ? new String[0] : SEPARATORS.split(trimmed);
  }

  private static void names(Set<Position> positions, String... names) {
    for (String name : names) {
      NAMES.put(name, positions);
    }
  }
}
