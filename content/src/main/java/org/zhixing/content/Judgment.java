package org.zhixing.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One judged search query: what a cadre types and how relevant each judged document is.
 * Documents not in {@code grades} count as irrelevant.
 *
 * @param id stable id, e.g. {@code Q07}
 * @param query the query as typed
 * @param grades {@link PolicySeed#key()} → 1 (partly relevant), 2 (relevant) or 3 (exactly what
 *     was asked), in the order of the source file; cannot be changed
 */
public record Judgment(String id, String query, Map<String, Integer> grades) {

  public Judgment {
    if (id == null || id.isBlank() || query == null || query.isBlank()) {
      throw new IllegalArgumentException("a judgment needs an id and a query: " + id + " " + query);
    }
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("judgment " + id + " judges no document");
    }
    grades.forEach((key, grade) -> {
      if (grade == null || grade < 1 || grade > 3) {
        throw new IllegalArgumentException("judgment " + id + " grades " + key + " " + grade + ", not 1..3");
      }
    });
    grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
  }

  /** The keys graded at least {@code minimum}. */
  public Set<String> atLeast(int minimum) {
    Set<String> keys = new LinkedHashSet<>();
    grades.forEach((key, grade) -> {
      if (grade >= minimum) {
        keys.add(key);
      }
    });
    return Collections.unmodifiableSet(keys);
  }
}
