package org.zhixing.policy.search;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two ways of cutting Chinese text into terms, and which field gets which.
 *
 * <p>Both fold full-width forms and drop quotation marks and book-title marks first: official documents write
 * 村“两委” and 《条例》 where users type 村两委 and 条例, and a bigram must not break at a quote.
 */
final class PolicyAnalyzers {

  private static final List<String> MARKS_TO_DROP =
      List.of("\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "〈", "〉");

  /** Words so frequent in official prose that they only add noise to a query and bulk to the index. */
  private static final CharArraySet FUNCTION_WORDS =
      new CharArraySet(List.of("的", "地", "得", "了", "和", "与", "及", "或", "等", "之", "其", "是", "在", "对", "把", "被"), false);

  /**
   * Words of questions typed in full (第一书记任期多长, 哪些事项必须走四议两公开): they say how to ask, not what about,
   * and no document answers with them. Left out of queries only.
   */
  private static final CharArraySet QUESTION_WORDS = new CharArraySet(List.of(
      "怎么", "怎样", "如何", "什么", "哪些", "哪个", "哪里", "多少", "多久", "多", "长", "几", "吗", "呢", "吧", "啊",
      "能", "不", "会", "要", "还", "才", "可以", "是否", "有没有", "能不能", "没", "其他", "情况", "时候", "应该",
      "需要", "下", "上", "走", "为什么", "请问", "谁"), false);

  private static final NormalizeCharMap DROPPED_MARKS = droppedMarks();

  private PolicyAnalyzers() {}

  /** For indexing: words in the plain fields, 1–2-grams in short n-gram fields, bigrams in the body. */
  static Analyzer indexing() {
    return new PerFieldAnalyzerWrapper(
        words(),
        Map.of(
            Fields.TITLE_NGRAM, grams(true),
            Fields.DOC_NUMBER_NGRAM, grams(true),
            Fields.BODY_NGRAM, grams(false)));
  }

  /**
   * For querying: as for indexing, except that queries are cut into bigrams only. Bigrams sit at consecutive positions
   * in every n-gram field, so a phrase of them finds the text anywhere; a lone character stays a unigram.
   */
  static Analyzer querying() {
    Analyzer bigrams = grams(false);
    return new PerFieldAnalyzerWrapper(
        words(QUESTION_WORDS),
        Map.of(Fields.TITLE_NGRAM, bigrams, Fields.DOC_NUMBER_NGRAM, bigrams, Fields.BODY_NGRAM, bigrams));
  }

  /**
   * SmartChineseAnalyzer's segmenter, without punctuation and function words. It folds full-width letters and digits
   * itself; a width char filter in front of it would make it seven times slower.
   */
  static Analyzer words() {
    return words(CharArraySet.EMPTY_SET);
  }

  private static Analyzer words(CharArraySet alsoLeftOut) {
    return new CleanedAnalyzer(false) {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(new LettersAndDigits(stream), FUNCTION_WORDS);
        if (!alsoLeftOut.isEmpty()) {
          stream = new StopFilter(stream, alsoLeftOut);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** Overlapping character bigrams of CJK runs, with the single characters too if asked; other scripts as words. */
  static Analyzer grams(boolean withUnigrams) {
    return new CleanedAnalyzer(true) {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        int scripts =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer), scripts, withUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  private abstract static class CleanedAnalyzer extends Analyzer {
    private final boolean foldWidth;

    CleanedAnalyzer(boolean foldWidth) {
      this.foldWidth = foldWidth;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(DROPPED_MARKS, foldWidth ? new CJKWidthCharFilter(reader) : reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }

  /** The segmenter emits punctuation as tokens of its own; they match nothing anyone searches for. */
  private static final class LettersAndDigits extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LettersAndDigits(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      for (int i = 0; i < term.length(); i++) {
        if (Character.isLetterOrDigit(term.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  private static NormalizeCharMap droppedMarks() {
    var map = new NormalizeCharMap.Builder();
    MARKS_TO_DROP.forEach(mark -> map.add(mark, ""));
    return map.build();
  }
}
