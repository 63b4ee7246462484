package org.zhixing.policy.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.platform.io.Leftovers;
import org.zhixing.platform.problem.DomainException;
import org.zhixing.policy.entity.PolicyMetadata;
import org.zhixing.policy.search.DocNumbers;

/**
 * Runs bulk imports in the background and keeps their progress for the page to poll. Every row is checked first —
 * metadata, file present, text extractable, 文号 free — and only an import without a single error is stored.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PolicyImports {

  private static final Logger LOG = Logger.getLogger(PolicyImports.class.getName());
  /** All files of one import together, as held in memory between validation and storing. */
  private static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

  @Inject DocumentTextExtractor extractor;
  @Inject PolicyImportWriter writer;
  @Resource ManagedExecutorService executor;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /** Starts importing the zip (a temp file this takes over and deletes) into documents owned by the unit. */
  public ImportJob start(Path zip, long ownerUnitId, boolean publish) {
    ImportJob job = new ImportJob();
    jobs.put(job.id(), job);
    executor.submit(() -> run(job, zip, ownerUnitId, publish));
    return job;
  }

  public Optional<ImportJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  private void run(ImportJob job, Path zip, long ownerUnitId, boolean publish) {
    try (PolicyArchive archive = PolicyArchive.open(zip)) {
      List<ImportRow> rows = validate(job, archive);
      if (job.hasErrors()) {
        job.failed();
        return;
      }
      job.importing();
      writer.store(rows, ownerUnitId, publish);
      job.finished(rows.size());
    } catch (DomainException e) {
      job.reject(new ImportError(0, "", e.type(), e.arguments()));
      job.failed();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + job.id() + " failed", e);
      job.reject(new ImportError(0, "", "internal", List.of(job.id())));
      job.failed();
    } finally {
      Leftovers.delete(zip);
    }
  }

  private List<ImportRow> validate(ImportJob job, PolicyArchive archive) {
    List<MetadataSheet.SheetRow> sheet = MetadataSheet.read(archive.metadata());
    if (sheet.isEmpty()) {
      throw new InvalidImportException("metadata.xlsx 中没有任何文件行");
    }
    job.validating(sheet.size());
    List<ImportRow> rows = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    long bytes = 0;
    for (MetadataSheet.SheetRow row : sheet) {
      Optional<ImportRow> checked = check(row, archive, keys, job);
      checked.ifPresent(rows::add);
      bytes += checked.map(r -> (long) r.file().content().length).orElse(0L);
      if (bytes > MAX_TOTAL_BYTES) {
        throw new InvalidImportException("文件总量超过 512 MB，请分批导入");
      }
      job.rowChecked();
    }
    for (String taken : writer.takenKeys(keys)) {
      rows.stream().filter(r -> taken.equals(r.docNumberKey())).forEach(r ->
          job.reject(new ImportError(r.row(), r.file().fileName(), "duplicate-document-number", List.of(r.metadata().docNumber()))));
    }
    return rows;
  }

  private Optional<ImportRow> check(MetadataSheet.SheetRow row, PolicyArchive archive, Set<String> keys, ImportJob job) {
    String fileName = row.get("文件名");
    try {
      PolicyMetadata metadata = ImportRows.metadata(row);
      String key = metadata.docNumber() == null ? null : DocNumbers.normalize(metadata.docNumber());
      if (key != null && !keys.add(key)) {
        throw new IllegalArgumentException("文号" + metadata.docNumber() + "在表中重复");
      }
      byte[] content = archive.read(fileName, DocumentTextExtractor.MAX_BYTES)
          .orElseThrow(() -> new IllegalArgumentException("压缩包中没有文件“" + fileName + "”"));
      Upload file = new Upload(fileName, content);
      return Optional.of(new ImportRow(row.row(), metadata, key, file, extractor.extract(content, fileName)));
    } catch (IllegalArgumentException e) {
      job.reject(new ImportError(row.row(), fileName, ImportError.INVALID_ROW, List.of(e.getMessage())));
    } catch (DomainException e) {
      job.reject(new ImportError(row.row(), fileName, e.type(), e.arguments()));
    }
    return Optional.empty();
  }

}
