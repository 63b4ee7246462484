package org.zhixing.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;

/** Turns a policy into the Lucene document the analysis mode calls for. */
final class PolicyDocuments {

  private final AnalysisMode mode;
  private final FacetsConfig facets;

  PolicyDocuments(AnalysisMode mode, FacetsConfig facets) {
    this.mode = mode;
    this.facets = facets;
  }

  static Term idTerm(long id) {
    return new Term(Fields.ID, Long.toString(id));
  }

  Document toDocument(IndexedPolicy policy) {
    var doc = new Document();
    doc.add(new StringField(Fields.ID, Long.toString(policy.id()), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.ID, policy.id()));
    doc.add(new NumericDocValuesField(Fields.ISSUE_DATE, policy.issueDate().toEpochDay()));
    if (policy.internal()) {
      doc.add(new StringField(Fields.INTERNAL, "true", Field.Store.NO));
    }
    addDocNumber(doc, policy.docNumber());
    addTitle(doc, policy.title());
    addBody(doc, policy.body());
    doc.add(new TextField(Fields.AUTHORITY, policy.authority(), Field.Store.NO));
    addFacets(doc, policy);
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addDocNumber(Document doc, String docNumber) {
    if (docNumber == null || docNumber.isBlank()) {
      return;
    }
    doc.add(new StoredField(Fields.DOC_NUMBER, docNumber));
    doc.add(new StringField(Fields.DOC_NUMBER_KEY, Fields.keyword(DocNumbers.normalize(docNumber)), Field.Store.NO));
    doc.add(new StringField(Fields.DOC_NUMBER_BARE, Fields.keyword(DocNumbers.bare(docNumber)), Field.Store.NO));
    doc.add(new TextField(Fields.DOC_NUMBER_NGRAM, docNumber, Field.Store.NO));
  }

  /** Titles are short: both analyses are always indexed, autocomplete and highlighting need them in every mode. */
  private static void addTitle(Document doc, String title) {
    doc.add(new Field(Fields.TITLE, title, Fields.HIGHLIGHTED_STORED));
    doc.add(new Field(Fields.TITLE_NGRAM, title, Fields.HIGHLIGHTED));
    doc.add(new StringField(Fields.TITLE_BARE, Fields.keyword(DocNumbers.bare(title)), Field.Store.NO));
  }

  private void addBody(Document doc, String body) {
    if (mode.segmented()) {
      doc.add(new Field(Fields.BODY, body, Fields.HIGHLIGHTED_STORED));
    }
    if (mode.ngrams()) {
      boolean storedHere = Fields.storedBody(mode).equals(Fields.BODY_NGRAM);
      doc.add(new Field(Fields.BODY_NGRAM, body, storedHere ? Fields.HIGHLIGHTED_STORED : Fields.HIGHLIGHTED));
    }
  }

  private static void addFacets(Document doc, IndexedPolicy policy) {
    for (Facet facet : Facet.values()) {
      for (String value : facet.valuesOf(policy)) {
        doc.add(new StringField(facet.filterField(), Fields.keyword(value), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
      }
    }
  }
}
