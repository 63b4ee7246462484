package org.zhixing.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates any number of policy documents for the search engine's scale benchmark (100,000
 * documents and more), made of whole numbered sections of the {@link PolicyPack}'s documents on
 * the same topic, so that the judged queries match many generated documents too.
 *
 * <p>Each document is built from the seed and its own index alone, so the stream is lazy, holds
 * nothing but the vocabulary, and {@code generate(s, n)} starts with {@code generate(s, m)} for
 * every m &lt; n. Keys are {@code G000001}…; document numbers use numbers from 100 up, which the
 * pack never uses, so a generated document never answers a judged document-number query.
 */
public final class PolicyCorpusGenerator {

  /** The largest count the six-digit keys allow. */
  public static final int MAX_COUNT = 999_999;

  private static final int FIRST_YEAR = 2019;
  private static final int YEARS = 8;
  private static final int FIRST_NUMBER = 100;
  private static final List<String> TYPES = List.of("NOTICE", "NOTICE", "NOTICE", "PLAN", "PLAN", "MEASURES",
      "RULES", "OPINION", "STANDARD", "INTERPRETATION", "QA");
  private static final int SUPERSEDED_SEARCH = 400;

  private PolicyCorpusGenerator() {}

  /**
   * The first {@code count} generated documents for {@code seed}, about 2,000 characters each.
   * The same seed and count give the same documents on every JVM. Reads the pack once per call
   * (some tens of milliseconds); the documents themselves are built as the stream is consumed.
   */
  public static Stream<PolicySeed> generate(long seed, int count) {
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be 0.." + MAX_COUNT + ", not " + count);
    }
    GeneratorVocabulary vocabulary = GeneratorVocabulary.load();
    return IntStream.range(0, count).mapToObj(index -> document(vocabulary, seed, index));
  }

  private static PolicySeed document(GeneratorVocabulary vocabulary, long seed, int index) {
    Head head = head(vocabulary, seed, index);
    Random random = new Random(mix(seed, index, 2));
    GeneratorVocabulary.Topic topic = vocabulary.topics().get(head.topic());
    GeneratorVocabulary.Issuer issuer = vocabulary.issuers().get(index % vocabulary.issuers().size());
    String phrase = pick(topic.phrases(), random);
    String verb = pick(vocabulary.verbs(), random);
    String supersededBy = head.supersede() ? newerOfSameTopic(vocabulary, seed, index, head) : null;
    return new PolicySeed(
        String.format("G%06d", index + 1),
        numbered(head.type()) ? issuer.prefix() + "〔" + head.date().getYear() + "〕"
            + (FIRST_NUMBER + index / (vocabulary.issuers().size() * YEARS)) + "号" : null,
        title(head.type(), issuer.area(), head.date().getYear(), verb, phrase),
        issuer.authority(), issuer.level(), head.date(),
        supersededBy == null ? "IN_FORCE" : "SUPERSEDED", supersededBy, head.type(),
        vocabulary.tags(topic, random),
        GeneratedBody.write(vocabulary, topic, issuer, head, verb + phrase, random),
        random.nextInt(100) < 8 ? "INTERNAL" : "PUBLIC",
        issuer.owner());
  }

  /** What other documents need to know of a document: drawn from its own stream, cheaply. */
  record Head(int topic, String type, LocalDate date, boolean supersede) {}

  static Head head(GeneratorVocabulary vocabulary, long seed, int index) {
    Random random = new Random(mix(seed, index, 1));
    int year = FIRST_YEAR + (index / vocabulary.issuers().size()) % YEARS;
    int topic = vocabulary.topicIndex(random);
    String type = TYPES.get(random.nextInt(TYPES.size()));
    LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    return new Head(topic, type, date, random.nextInt(10) == 0);
  }

  /**
   * A document of the same topic with a later date among the ones generated just before this
   * one (years cycle with the index, so earlier indexes hold later years). Looking back keeps
   * every document independent of {@code count}.
   */
  private static String newerOfSameTopic(GeneratorVocabulary vocabulary, long seed, int index, Head head) {
    for (int other = index - 1; other >= 0 && other >= index - SUPERSEDED_SEARCH; other--) {
      Head candidate = head(vocabulary, seed, other);
      if (candidate.topic() == head.topic() && candidate.date().isAfter(head.date())) {
        return String.format("G%06d", other + 1);
      }
    }
    return null;
  }

  private static boolean numbered(String type) {
    return !"INTERPRETATION".equals(type) && !"QA".equals(type);
  }

  private static String title(String type, String area, int year, String verb, String phrase) {
    return switch (type) {
      case "NOTICE" -> "关于" + verb + phrase + "工作的通知";
      case "OPINION" -> "关于" + verb + phrase + "的意见";
      case "MEASURES" -> area + phrase + "管理办法";
      case "PLAN" -> area + year + "年" + phrase + "工作方案";
      case "STANDARD" -> area + phrase + "工作规范";
      case "RULES" -> area + phrase + "实施细则";
      case "INTERPRETATION" -> area + phrase + "政策解读";
      default -> phrase + "政策问答";
    };
  }

  static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }

  /** A seed per document and purpose; {@link Random} because its algorithm is specified. */
  private static long mix(long seed, int index, int purpose) {
    long mixed = seed * 0x9E3779B97F4A7C15L + index;
    mixed = (mixed ^ (mixed >>> 31)) * 0xBF58476D1CE4E5B9L + purpose;
    return mixed ^ (mixed >>> 29);
  }
}
