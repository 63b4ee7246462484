package org.zhixing.policy.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that mean the same in this domain (两委 and 村两委, 第一书记 and 驻村第一书记), read from a file in Solr's
 * synonym format and applied to query text: a known word in a query is found as itself or as any of its equivalents.
 * Doing it on the text rather than in a token filter lets the same alternatives drive both the segmented and the
 * bigram fields, whatever the segmenter makes of them.
 *
 * <p>Format: one group per line, {@code a, b, c} for words that stand for each other, {@code a, b => c} for words
 * that should also find c; {@code #} starts a comment.
 */
final class Synonyms {

  static final String RESOURCE = "/org/zhixing/policy/search/synonyms.txt";

  private final Map<String, List<String>> alternatives;
  private final List<String> longestFirst;

  private Synonyms(Map<String, List<String>> alternatives) {
    this.alternatives = Map.copyOf(alternatives);
    this.longestFirst =
        alternatives.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  static Synonyms fromClasspath() {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing synonym file " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Synonyms parse(String text) {
    var alternatives = new HashMap<String, Set<String>>();
    try (var lines = new BufferedReader(new StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        readRule(line, alternatives);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var frozen = new HashMap<String, List<String>>();
    alternatives.forEach((word, others) -> frozen.put(word, List.copyOf(others)));
    return new Synonyms(frozen);
  }

  /**
   * One piece of query text: either plain text or a known word with the words that may stand for it.
   *
   * @param alternatives the word itself first, then its equivalents; just the text for plain pieces
   */
  record Part(String text, List<String> alternatives) {

    boolean hasAlternatives() {
      return alternatives.size() > 1;
    }
  }

  /**
   * The text cut into plain pieces and known words, in order. Known words are found longest first, so 村两委 is one
   * word with its equivalents, not 村 followed by 两委.
   */
  List<Part> parts(String text) {
    String folded = fold(text);
    String[] wordAt = new String[folded.length()];
    boolean[] covered = new boolean[folded.length()];
    for (String word : longestFirst) {
      for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (free(covered, at, at + word.length())) {
          wordAt[at] = word;
          Arrays.fill(covered, at, at + word.length(), true);
        }
      }
    }
    var parts = new ArrayList<Part>();
    var plain = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      if (wordAt[i] == null) {
        plain.append(folded.charAt(i++));
        continue;
      }
      if (!plain.isEmpty()) {
        parts.add(new Part(plain.toString(), List.of(plain.toString())));
        plain.setLength(0);
      }
      String word = wordAt[i];
      var alternatives = new ArrayList<String>();
      alternatives.add(word);
      alternatives.addAll(this.alternatives.get(word));
      parts.add(new Part(word, List.copyOf(alternatives)));
      i += word.length();
    }
    if (!plain.isEmpty()) {
      parts.add(new Part(plain.toString(), List.of(plain.toString())));
    }
    return List.copyOf(parts);
  }

  int size() {
    return alternatives.size();
  }

  private static boolean free(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static void readRule(String line, Map<String, Set<String>> alternatives) {
    String rule = line.strip();
    if (rule.isEmpty() || rule.startsWith("#")) {
      return;
    }
    String[] sides = rule.split("=>", 2);
    List<String> left = words(sides[0]);
    List<String> right = sides.length == 2 ? words(sides[1]) : left;
    for (String word : left) {
      for (String other : right) {
        if (!other.contains(word)) { // every 村两委 is a 两委 already: a longer form finds nothing new
          alternatives.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(other);
        }
      }
    }
  }

  private static List<String> words(String side) {
    return Arrays.stream(side.split("[,，]")).map(Synonyms::fold).filter(w -> !w.isEmpty()).toList();
  }

  /** As the analyzers see text: full-width folded, lower case, quotation marks gone. */
  static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\"'“”‘’「」『』《》〈〉\\s]", "");
  }
}
