package org.zhixing.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relevance judgments for the policy library ({@code policy/judgments.tsv}): queries as
 * cadres type them, each with the documents of {@link PolicyPack} judged 1, 2 or 3. The search
 * engine's quality tests rank the pack for each query and score the ranking against these grades.
 */
public final class JudgedQueries {

  static final String FILE = PolicySource.DIRECTORY + "judgments.tsv";

  private JudgedQueries() {}

  /** All judgments in file order. */
  public static List<Judgment> load() {
    return parse(SourceFiles.lines(FILE));
  }

  static List<Judgment> parse(List<SourceLine> lines) {
    List<Judgment> judgments = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceLine line : lines) {
      List<String> columns = line.columns(3);
      String id = columns.get(0).strip();
      if (!ids.add(id)) {
        throw line.error("query id " + id + " appears twice");
      }
      try {
        judgments.add(new Judgment(id, columns.get(1).strip(), grades(line, columns.get(2))));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    return List.copyOf(judgments);
  }

  private static Map<String, Integer> grades(SourceLine line, String column) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (String pair : column.strip().split("\\s+")) {
      int colon = pair.indexOf(':');
      if (colon < 0) {
        throw line.error("expected key:grade, found " + pair);
      }
      int grade;
      try {
        grade = Integer.parseInt(pair.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw line.error("grade is not a number in " + pair);
      }
      if (grades.put(pair.substring(0, colon), grade) != null) {
        throw line.error("document " + pair.substring(0, colon) + " is judged twice");
      }
    }
    return grades;
  }
}
