package org.zhixing.org.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhixing.org.entity.UnitKind;

/**
 * Finds the unit a sheet row places someone in, among the units of the importer's scope: by division code, or by names
 * from the village up. Sheets write 耿庄 for 耿庄村 and leave out the county when a county imports its own people, so
 * names are matched loosely, but a name that fits two units is never guessed: the row must say more.
 */
public final class PlaceDirectory {

  /** A unit as the directory needs it. */
  public record Unit(String code, String name, UnitKind kind, String parentCode) {}

  /** How a row's place resolved: exactly one of {@code unit} or {@code problem} is set. */
  public record Resolved(Unit unit, RowProblem.Kind problem) {
    static Resolved to(Unit unit) {
      return new Resolved(unit, null);
    }

    static Resolved because(RowProblem.Kind problem) {
      return new Resolved(null, problem);
    }
  }

  private static final Pattern SUFFIX = Pattern.compile("(村民委员会|居民委员会|村委会|居委会|社区|村|街道办事处|街道|乡|镇|县|市|区)$");

  private final Map<String, Unit> byCode = new HashMap<>();
  private final Map<String, List<Unit>> byName = new HashMap<>();

  /** @param units every unit of the importer's subtree, its root included */
  public PlaceDirectory(List<Unit> units) {
    for (Unit unit : units) {
      byCode.put(unit.code(), unit);
      byName.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
    }
  }

  public Resolved resolve(SheetPerson.Place place) {
    if (place.divisionCode().isPresent()) {
      Unit unit = byCode.get(place.divisionCode().get());
      return unit == null ? Resolved.because(RowProblem.Kind.UNKNOWN_DIVISION_CODE) : Resolved.to(unit);
    }
    for (String name : List.of(place.village(), place.township(), place.county())) {
      if (!name.isBlank()) {
        List<Unit> candidates = within(byName.getOrDefault(key(name), List.of()), place);
        return switch (candidates.size()) {
          case 0 -> Resolved.because(RowProblem.Kind.UNKNOWN_PLACE);
          case 1 -> Resolved.to(candidates.getFirst());
          default -> Resolved.because(RowProblem.Kind.AMBIGUOUS_PLACE);
        };
      }
    }
    return Resolved.because(RowProblem.Kind.UNKNOWN_PLACE);
  }

  /** The candidates that are or lie under the township and county the row names, where it names them. */
  private List<Unit> within(List<Unit> candidates, SheetPerson.Place place) {
    return candidates.stream()
        .filter(unit -> place.township().isBlank() || isOrUnder(unit, place.township()))
        .filter(unit -> place.county().isBlank() || isOrUnder(unit, place.county()))
        .toList();
  }

  private boolean isOrUnder(Unit unit, String name) {
    String wanted = key(name);
    for (Unit at = unit; at != null; at = byCode.get(at.parentCode())) {
      if (key(at.name()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** A name as compared: half-width, without spaces and without the kind's suffix (耿庄村 = 耿庄, 太康县 = 太康). */
  static String key(String name) {
    String compact = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    String bare = SUFFIX.matcher(compact).replaceFirst("");
    return bare.isEmpty() ? compact : bare;
  }
}
