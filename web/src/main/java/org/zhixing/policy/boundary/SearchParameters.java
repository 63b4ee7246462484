package org.zhixing.policy.boundary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.web.RequestValues;
import org.zhixing.policy.entity.PolicyLevel;
import org.zhixing.policy.entity.PolicyStatus;
import org.zhixing.policy.entity.PolicyType;
import org.zhixing.policy.search.PolicyQuery;
import org.zhixing.policy.search.PolicySort;

/** Turns the search page's query parameters into a query, refusing filter values the library does not know. */
final class SearchParameters {

  private SearchParameters() {}

  static PolicyQuery query(
      String text,
      List<String> levels,
      List<String> authorities,
      List<String> types,
      List<Integer> years,
      List<String> tags,
      List<String> statuses,
      String sort,
      PageRequest page) {
    return new PolicyQuery(
        text == null ? "" : text,
        known(PolicyLevel.class, "level", levels),
        Set.copyOf(nonBlank(authorities)),
        known(PolicyType.class, "type", types),
        Set.copyOf(years == null ? List.of() : years),
        Set.copyOf(nonBlank(tags)),
        known(PolicyStatus.class, "status", statuses),
        false,
        "newest".equalsIgnoreCase(sort) ? PolicySort.NEWEST : PolicySort.RELEVANCE,
        page.offset(),
        page.size());
  }

  private static <E extends Enum<E>> Set<String> known(Class<E> type, String parameter, List<String> values) {
    return nonBlank(values).stream()
        .map(v -> RequestValues.enumOf(type, parameter, v).name())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
