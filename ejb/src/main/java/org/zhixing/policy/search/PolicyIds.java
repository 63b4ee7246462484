package org.zhixing.policy.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Between Lucene's doc numbers, which change with every merge, and policy ids, which do not. */
final class PolicyIds {

  private PolicyIds() {}

  /** The policy id of a hit, from doc values: no stored fields are loaded. */
  static long of(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues ids = leaf.reader().getNumericDocValues(Fields.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("Document %d has no policy id".formatted(doc));
    }
    return ids.longValue();
  }

  /** The doc number of the policy, or -1 if the index does not hold it. */
  static int docOf(IndexSearcher searcher, long id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(PolicyDocuments.idTerm(id)), 1);
    ScoreDoc[] hits = top.scoreDocs;
    return hits.length == 0 ? -1 : hits[0].doc;
  }
}
