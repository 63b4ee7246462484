package org.zhixing.policy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.policy.control.Checksums;
import org.zhixing.policy.control.DocumentTextExtractor;
import org.zhixing.policy.control.DuplicateDocumentNumberException;
import org.zhixing.policy.control.HtmlText;
import org.zhixing.policy.control.ImportJob;
import org.zhixing.policy.control.ImportNotFoundException;
import org.zhixing.policy.control.PolicyAccess;
import org.zhixing.policy.control.PolicyChanged;
import org.zhixing.policy.control.PolicyDetails;
import org.zhixing.policy.control.PolicyImports;
import org.zhixing.policy.control.PolicyNotFoundException;
import org.zhixing.policy.control.PolicyRepository;
import org.zhixing.policy.control.PolicySearchIndex;
import org.zhixing.policy.control.Upload;
import org.zhixing.policy.entity.PolicyAttachment;
import org.zhixing.policy.entity.PolicyDocument;
import org.zhixing.policy.entity.PolicyMetadata;
import org.zhixing.policy.entity.Publication;
import org.zhixing.policy.search.DocNumbers;
import org.zhixing.policy.search.PolicyHit;
import org.zhixing.policy.search.PolicyNotIndexedException;
import org.zhixing.policy.search.PolicyQuery;
import org.zhixing.policy.search.PolicySearchResult;
import org.zhixing.policy.search.Suggestion;

/**
 * The policy library's use cases: search and read for everyone, upload and manage for admins. A document the caller
 * may not read is reported as not found, so its existence does not leak.
 */
@Stateless
public class PolicyLibrary {

  @Inject PolicyRepository documents;
  @Inject PolicySearchIndex index;
  @Inject PolicyAccess access;
  @Inject DocumentTextExtractor extractor;
  @Inject OrgDirectory org;
  @Inject Event<PolicyChanged> changed;
  @Inject PolicyImports imports;

  /** Searches what the caller may read; the page's documents come from the database, current to the last commit. */
  public SearchPage search(Caller caller, PolicyQuery query) {
    PolicySearchResult result = index.engine().search(query.withInternal(access.isStaff(caller)));
    List<Long> ids = result.hits().stream().map(PolicyHit::id).toList();
    Map<Long, PolicyDocument> byId =
        documents.findAll(ids).stream().collect(Collectors.toMap(PolicyDocument::id, Function.identity()));
    return new SearchPage(result, byId);
  }

  /** Search results with the documents they point to. */
  public record SearchPage(PolicySearchResult result, Map<Long, PolicyDocument> documents) {}

  public List<Suggestion> suggest(Caller caller, String prefix, int limit) {
    return index.engine().suggest(prefix, access.isStaff(caller), limit);
  }

  public PolicyDetails read(Caller caller, long id, String query) {
    PolicyDocument document = readable(caller, id);
    return new PolicyDetails(
        document, bodyHtml(document, query), documents.supersededBy(document), documents.attachmentsOf(document));
  }

  /** The body with the query marked; a document not (yet) in the index is shown plain. */
  private String bodyHtml(PolicyDocument document, String query) {
    if (document.isPublished()) {
      try {
        return index.engine().highlightBody(document.id(), query);
      } catch (PolicyNotIndexedException e) {
        // Published a moment ago and not yet visible to the searcher: the plain text is right, just unmarked.
      }
    }
    return HtmlText.paragraphs(document.body());
  }

  /** The titles of the documents with these ids that the caller may read, in the order of the ids; others left out. */
  public List<PolicyTitle> titles(Caller caller, List<Long> ids) {
    Map<Long, PolicyDocument> byId =
        documents.findAll(ids).stream()
            .filter(d -> access.mayRead(caller, d))
            .collect(Collectors.toMap(PolicyDocument::id, Function.identity()));
    return ids.stream()
        .map(byId::get)
        .filter(Objects::nonNull)
        .map(d -> new PolicyTitle(d.id(), d.title(), d.docNumber()))
        .toList();
  }

  /** The document with this 文号 (any bracket form), without any caller check: for system tasks such as loading content. */
  public Optional<PolicyTitle> findByDocNumberForSystem(String docNumber) {
    return documents.findByDocNumberKey(DocNumbers.normalize(docNumber))
        .map(d -> new PolicyTitle(d.id(), d.title(), d.docNumber()));
  }

  public PolicyAttachment attachment(Caller caller, long id, long attachmentId) {
    PolicyDocument document = readable(caller, id);
    return documents.attachment(document, attachmentId).orElseThrow(() -> new PolicyNotFoundException(id));
  }

  /** Stores an uploaded document with its extracted text and file; published at once when asked. */
  public PolicyDocument upload(Caller caller, PolicyMetadata metadata, Upload file, boolean publish) {
    var extracted = extractor.extract(file.content(), file.fileName());
    PolicyDocument document = new PolicyDocument(metadata, uniqueKey(metadata, null), extracted.text(), org.scopeOf(caller));
    if (publish) {
      document.publish();
    }
    documents.add(document);
    documents.add(new PolicyAttachment(document, file.fileName(), extracted.mediaType(), Checksums.sha256(file.content()), file.content()));
    changed.fire(new PolicyChanged(document.id()));
    return document;
  }

  public PolicyDocument describe(Caller caller, long id, PolicyMetadata metadata) {
    PolicyDocument document = managed(caller, id);
    document.describe(metadata, uniqueKey(metadata, document));
    changed.fire(new PolicyChanged(id));
    return document;
  }

  public PolicyDocument publish(Caller caller, long id) {
    PolicyDocument document = managed(caller, id);
    document.publish();
    changed.fire(new PolicyChanged(id));
    return document;
  }

  public PolicyDocument unpublish(Caller caller, long id) {
    PolicyDocument document = managed(caller, id);
    document.unpublish();
    changed.fire(new PolicyChanged(id));
    return document;
  }

  public PolicyDocument supersede(Caller caller, long id, long newerId) {
    PolicyDocument document = managed(caller, id);
    document.supersedeBy(readable(caller, newerId));
    changed.fire(new PolicyChanged(id));
    return document;
  }

  /** Starts a bulk import of a zip (a temp file, handed over) into documents owned by the caller's unit. */
  public ImportJob startImport(Caller caller, Path zip, boolean publish) {
    return imports.start(zip, org.scopeOf(caller).id(), publish);
  }

  public ImportJob importJob(String id) {
    return imports.job(id).orElseThrow(() -> new ImportNotFoundException(id));
  }

  public Page<PolicyDocument> managedDocuments(Caller caller, Publication publication, String title, PageRequest page) {
    return documents.ownedWithin(org.scopeOf(caller), publication, title, page);
  }

  private PolicyDocument readable(Caller caller, long id) {
    return documents.find(id).filter(d -> access.mayRead(caller, d)).orElseThrow(() -> new PolicyNotFoundException(id));
  }

  private PolicyDocument managed(Caller caller, long id) {
    return documents.find(id).filter(d -> access.mayManage(caller, d)).orElseThrow(() -> new PolicyNotFoundException(id));
  }

  private String uniqueKey(PolicyMetadata metadata, PolicyDocument self) {
    if (metadata.docNumber() == null) {
      return null;
    }
    String key = DocNumbers.normalize(metadata.docNumber());
    documents.findByDocNumberKey(key).filter(other -> !other.equals(self)).ifPresent(other -> {
      throw new DuplicateDocumentNumberException(metadata.docNumber());
    });
    return key;
  }
}
