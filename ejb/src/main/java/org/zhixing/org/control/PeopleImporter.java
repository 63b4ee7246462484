package org.zhixing.org.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.io.Leftovers;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.platform.sheet.EmptySheetException;
import org.zhixing.platform.sheet.SheetRows;

/**
 * Checks people sheets and commits the checked ones. A check runs in the background (the import page shows how far it
 * has got), reads the whole sheet and compares it with the database, but writes nothing; the result waits here for
 * the admin's decision. Only the latest checks are kept, in memory, each with its uploaded file for the row report: a
 * restart forgets them, and the admin uploads the sheet again.
 */
@ApplicationScoped
public class PeopleImporter {

  private static final int KEPT = 50;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Logger LOG = Logger.getLogger(PeopleImporter.class.getName());

  @Inject PeopleSnapshot snapshot;
  @Inject PeopleWriter writer;
  @Inject IdNumberKeys keys;
  @Resource ManagedExecutorService executor;

  private final Path folder = Path.of(System.getProperty("jboss.server.data.dir", "data"), "zhixing-people-imports");

  private final Map<String, PeopleImport> imports = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PeopleImport> eldest) {
      if (size() <= KEPT) {
        return false;
      }
      Leftovers.delete(eldest.getValue().sheet());
      return true;
    }
  };

  /** The files of imports a restart forgot. */
  @PostConstruct
  void clearLeftovers() {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(Leftovers::delete);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts checking a sheet against the people of {@code scope}, the unit it covers; takes the uploaded file over
   * (moves it beside the import).
   */
  public PeopleImport start(String username, OrgUnit scope, Path upload, String fileName) {
    var started = new PeopleImport(username, scope.code(), fileName, folder);
    try {
      Files.move(upload, started.sheet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (imports) {
      imports.put(started.id(), started);
    }
    executor.execute(() -> run(started, scope));
    return started;
  }

  private void run(PeopleImport started, OrgUnit scope) {
    try {
      started.checked(check(started, scope));
    } catch (DomainException e) {
      started.failed(e);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Checking people sheet " + started.fileName() + " failed", e);
      started.failed(e);
    }
  }

  private PeopleImport.Checked check(PeopleImport started, OrgUnit scope) {
    Map<String, PeopleSnapshot.UnitRow> units = snapshot.units(scope);
    var places = new PlaceDirectory(units.values().stream().map(PeopleSnapshot.UnitRow::unit).toList());
    var sheet = new PeopleSheetReading(places, LocalDate.now(CHINA));
    SheetRows.read(started.sheet(), started.fileName(), sheet::row, started::reading);
    started.matching();
    PeopleSheetCheck check = sheet.check(started.fileName());
    IdNumberProtection ids = keys.protection();
    List<PeopleSheetCheck.Placed> placed = check.placed();
    var known = snapshot.known(scope,
        placed.stream().map(p -> p.person().phone()).toList(),
        placed.stream().flatMap(p -> p.person().idNumber().stream()).map(ids::digest).toList());
    var plan = new ImportPlan(placed, known, ids::digest);
    var problems = new ArrayList<>(check.problems());
    problems.addAll(plan.problems());
    problems.sort(Comparator.comparingInt(RowProblem::row));
    return new PeopleImport.Checked(Instant.now(), sheet.headerRow(), sheet.headers(), check.rows(), problems, plan);
  }

  public Optional<PeopleImport> find(String id) {
    synchronized (imports) {
      return Optional.ofNullable(imports.get(id));
    }
  }

  /** Writes the plan in the caller's transaction; the import must have no problem and not be committed yet. */
  public PeopleWriter.Written commit(PeopleImport checkedImport, Map<String, Long> unitIds, boolean departLeftOut) {
    synchronized (checkedImport) {
      if (checkedImport.committed()) {
        throw new ImportAlreadyCommittedException(checkedImport.id());
      }
      PeopleImport.Checked checked = checkedImport.checked();
      if (!checked.problems().isEmpty()) {
        throw new ImportHasProblemsException(checked.problems().size());
      }
      PeopleWriter.Written written =
          writer.apply(checked.plan(), unitIds, keys.protection(), departLeftOut, Instant.now(Clock.systemUTC()));
      checkedImport.committed(written);
      return written;
    }
  }

  /** The database ids of the units of a scope, by code, for the writer. */
  public Map<String, Long> unitIds(OrgUnit scope) {
    return snapshot.units(scope).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
  }

}
