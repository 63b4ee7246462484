package org.zhixing.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo policy library: 239 documents on the Five-Star campaign and the village work around
 * it (weak-and-lax rectification, village committees, first secretaries, rural revitalization,
 * collective economy, party-member education, governance, training), issued by the province,
 * 周口市, its counties and three townships between 2019 and 2026.
 *
 * <p>Every text is a demo text written from public information and says so in its first line. The
 * documents live in {@code policy/*.txt} next to this class; {@link JudgedQueries} holds the
 * relevance judgments that measure search against them.
 */
public final class PolicyPack {

  /** The source files under {@code policy/}, in key order. A new file must be listed here. */
  static final List<String> FILES = List.of("five-star.txt", "weak-and-lax.txt", "two-committees.txt",
      "first-secretary.txt", "rural-revitalization.txt", "collective-economy.txt", "member-education.txt",
      "governance.txt", "training.txt");

  private final List<PolicySeed> documents;

  private PolicyPack(List<PolicySeed> documents) {
    this.documents = List.copyOf(documents);
  }

  /** Reads the source files from the classpath (a few tens of milliseconds) and checks them. */
  public static PolicyPack load() {
    List<PolicySeed> documents = new ArrayList<>();
    FILES.forEach(file -> documents.addAll(PolicySource.read(file)));
    checkLinks(documents);
    return new PolicyPack(documents);
  }

  /** All documents in key order. */
  public List<PolicySeed> documents() {
    return documents;
  }

  @Override
  public String toString() {
    return "PolicyPack[" + documents.size() + " documents]";
  }

  /** Keys and document numbers are unique; a superseded document names a newer one. */
  static void checkLinks(List<PolicySeed> documents) {
    Map<String, PolicySeed> byKey = new HashMap<>();
    Map<String, String> byNumber = new HashMap<>();
    for (PolicySeed document : documents) {
      if (byKey.put(document.key(), document) != null) {
        throw new IllegalStateException("policy key " + document.key() + " appears twice");
      }
      if (document.docNumber() != null) {
        String other = byNumber.put(document.docNumber(), document.key());
        if (other != null) {
          throw new IllegalStateException("policies " + other + " and " + document.key()
              + " share the document number " + document.docNumber());
        }
      }
    }
    for (PolicySeed document : documents) {
      if (document.supersededBy() == null) {
        continue;
      }
      PolicySeed newer = byKey.get(document.supersededBy());
      if (newer == null || !newer.issueDate().isAfter(document.issueDate())) {
        throw new IllegalStateException("policy " + document.key() + " is superseded by "
            + document.supersededBy() + ", which is missing or not newer");
      }
    }
  }
}
