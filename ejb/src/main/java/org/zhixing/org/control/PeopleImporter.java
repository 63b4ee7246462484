package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.sheet.EmptySheetException;
import org.zhixing.platform.sheet.SheetRows;

/**
 * Checks people sheets and commits the checked ones. A check reads the whole sheet and compares it with the database,
 * but writes nothing; the result waits here for the admin's decision. Only the latest checks are kept, in memory: a
 * restart forgets them, and the admin uploads the sheet again.
 */
@ApplicationScoped
public class PeopleImporter {

  private static final int KEPT = 50;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject PeopleSnapshot snapshot;
  @Inject PeopleWriter writer;
  @Inject IdNumberKeys keys;

  private final Map<String, PeopleImport> checked = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PeopleImport> eldest) {
      return size() > KEPT;
    }
  };

  /** Checks the sheet (a file this does not delete) against the people of {@code scope}, the unit it covers. */
  public PeopleImport check(String username, OrgUnit scope, Path file, String fileName) {
    Map<String, PeopleSnapshot.UnitRow> units = snapshot.units(scope);
    var places = new PlaceDirectory(units.values().stream().map(PeopleSnapshot.UnitRow::unit).toList());
    var sheet = new SheetReading(places, LocalDate.now(CHINA));
    SheetRows.read(file, fileName, sheet::row);
    PeopleSheetCheck check = sheet.check(fileName);
    IdNumberProtection ids = keys.protection();
    List<PeopleSheetCheck.Placed> placed = check.placed();
    var known = snapshot.known(scope,
        placed.stream().map(p -> p.person().phone()).toList(),
        placed.stream().flatMap(p -> p.person().idNumber().stream()).map(ids::digest).toList());
    var plan = new ImportPlan(placed, known, ids::digest);
    var problems = new ArrayList<>(check.problems());
    problems.addAll(plan.problems());
    problems.sort(Comparator.comparingInt(RowProblem::row));
    var result = new PeopleImport(username, scope.code(), fileName, sheet.headers(), check.rows(), problems, plan);
    synchronized (checked) {
      checked.put(result.id(), result);
    }
    return result;
  }

  public Optional<PeopleImport> find(String id) {
    synchronized (checked) {
      return Optional.ofNullable(checked.get(id));
    }
  }

  /** Writes the plan in the caller's transaction; the import must have no problem and not be committed yet. */
  public PeopleWriter.Written commit(PeopleImport checkedImport, Map<String, Long> unitIds, boolean departLeftOut) {
    synchronized (checkedImport) {
      if (checkedImport.committed()) {
        throw new ImportAlreadyCommittedException(checkedImport.id());
      }
      if (!checkedImport.problems().isEmpty()) {
        throw new ImportHasProblemsException(checkedImport.problems().size());
      }
      PeopleWriter.Written written =
          writer.apply(checkedImport.plan(), unitIds, keys.protection(), departLeftOut, Instant.now(Clock.systemUTC()));
      checkedImport.committed(written);
      return written;
    }
  }

  /** The database ids of the units of a scope, by code, for the writer. */
  public Map<String, Long> unitIds(OrgUnit scope) {
    return snapshot.units(scope).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
  }

  /** Feeds the sheet's rows to a check once its header row has said what the columns are. */
  private static final class SheetReading {
    private final PlaceDirectory places;
    private final LocalDate today;
    private SheetHeaders headers;
    private PeopleSheetCheck check;

    SheetReading(PlaceDirectory places, LocalDate today) {
      this.places = places;
      this.today = today;
    }

    void row(int number, List<String> cells) {
      if (headers == null) {
        if (cells.stream().allMatch(String::isBlank)) {
          return; // a title block above the header
        }
        headers = SheetHeaders.of(cells);
        if (!headers.missing().isEmpty()) {
          throw new MissingColumnsException(headers.missing().stream().map(PeopleColumn::header).toList());
        }
        check = new PeopleSheetCheck(headers, places, today);
        return;
      }
      check.row(number, cells);
    }

    SheetHeaders headers() {
      return headers;
    }

    PeopleSheetCheck check(String fileName) {
      if (check == null) {
        throw new EmptySheetException(fileName);
      }
      return check;
    }
  }
}
