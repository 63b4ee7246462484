package org.zhixing.policy.search;

import java.util.Set;

/**
 * What a user asked for. The text may be anything typed into a search box; the sets are exact values to filter on
 * (empty means no filter), values within a set are alternatives and the sets together must all hold.
 */
public record PolicyQuery(
    String text,
    Set<String> levels,
    Set<String> authorities,
    Set<String> types,
    Set<Integer> years,
    Set<String> tags,
    Set<String> statuses,
    boolean includeInternal,
    PolicySort sort,
    int offset,
    int limit) {

  /** Paging stops here: deeper pages cost more than anyone reads. */
  public static final int MAX_WINDOW = 10_000;

  public static final int MAX_LIMIT = 200;

  public PolicyQuery {
    text = text == null ? "" : text;
    levels = copy(levels);
    authorities = copy(authorities);
    types = copy(types);
    years = copy(years);
    tags = copy(tags);
    statuses = copy(statuses);
    sort = sort == null ? PolicySort.RELEVANCE : sort;
    offset = Math.clamp(offset, 0, MAX_WINDOW);
    limit = Math.clamp(limit, 0, Math.min(MAX_LIMIT, MAX_WINDOW - offset));
  }

  /** The first ten public documents matching the text, by relevance, without filters. */
  public static PolicyQuery of(String text) {
    return new PolicyQuery(text, null, null, null, null, null, null, false, PolicySort.RELEVANCE, 0, 10);
  }

  /** The same query, showing internal documents or not, as the caller's role allows. */
  public PolicyQuery withInternal(boolean include) {
    return new PolicyQuery(
        text, levels, authorities, types, years, tags, statuses, include, sort, offset, limit);
  }

  private static <T> Set<T> copy(Set<T> values) {
    return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null).toList());
  }
}
