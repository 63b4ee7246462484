package org.zhixing.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link PolicyCorpusGenerator} writes with: the issuers, verbs and title phrases of
 * {@code policy/generator.txt}, and per topic tag the numbered sections of the pack's own
 * documents on that topic (notices, plans, rules…, not 解读 or 问答).
 *
 * @param weights per topic, how many pack documents carry its tag
 */
record GeneratorVocabulary(List<Issuer> issuers, List<String> verbs, List<Topic> topics, List<Integer> weights) {

  record Issuer(String prefix, String authority, String level, String owner, String area) {}

  /**
   * One topic tag with what is written about it.
   *
   * @param sections the numbered sections of the pack's documents with this tag, each a heading
   *     and its paragraphs, without their numbers
   * @param related tags that share documents with this one in the pack, most shared first
   */
  record Topic(String tag, List<String> phrases, List<Section> sections, List<String> related) {}

  /** A section of a pack document: its heading and its paragraphs joined by {@code \n}. */
  record Section(String heading, String text) {}

  private static final String FILE = PolicySource.DIRECTORY + "generator.txt";
  private static final String TOPIC = "topic:";
  private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、(.{2,20})$");
  private static final Pattern SKIPPED = Pattern.compile(
      "^(\\d{4}年\\d{1,2}月\\d{1,2}日|附件.*|.*〔.*)$");

  static GeneratorVocabulary load() {
    Map<String, List<String>> sections = SourceFiles.sections(FILE);
    List<Issuer> issuers = sections.getOrDefault("authorities", List.of()).stream()
        .map(GeneratorVocabulary::issuer).toList();
    List<PolicySeed> documents = PolicyPack.load().documents();
    List<Topic> topics = new ArrayList<>();
    sections.forEach((name, phrases) -> {
      if (name.startsWith(TOPIC)) {
        topics.add(topic(name.substring(TOPIC.length()), phrases, documents));
      }
    });
    if (issuers.isEmpty() || topics.isEmpty() || !sections.containsKey("verbs")) {
      throw new IllegalStateException("content pack source " + FILE + " needs [authorities], [verbs] and topics");
    }
    List<Integer> weights = topics.stream()
        .map(topic -> (int) documents.stream().filter(d -> d.tags().contains(topic.tag())).count())
        .toList();
    return new GeneratorVocabulary(issuers, sections.get("verbs"), List.copyOf(topics), weights);
  }

  /** A topic drawn in proportion to how many pack documents carry its tag. */
  int topicIndex(Random random) {
    int draw = random.nextInt(weights.stream().mapToInt(Integer::intValue).sum());
    for (int i = 0; i < weights.size(); i++) {
      draw -= weights.get(i);
      if (draw < 0) {
        return i;
      }
    }
    throw new AssertionError("weights changed while drawing");
  }

  /** The topic's tag and up to two tags that go with it in the pack. */
  List<String> tags(Topic topic, Random random) {
    List<String> tags = new ArrayList<>(List.of(topic.tag()));
    int extra = Math.min(random.nextInt(3), topic.related().size());
    for (int i = 0; i < extra; i++) {
      String tag = topic.related().get(random.nextInt(Math.min(4, topic.related().size())));
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /** The topic of another tag of the document, for the odd paragraph from a neighbouring topic. */
  Topic neighbour(Topic topic, Random random) {
    for (String tag : topic.related()) {
      for (Topic other : topics) {
        if (other.tag().equals(tag) && random.nextBoolean()) {
          return other;
        }
      }
    }
    return topic;
  }

  private static Issuer issuer(String entry) {
    String[] parts = entry.split("\\|");
    if (parts.length != 5) {
      throw new IllegalStateException("content pack source " + FILE
          + ": an authority is prefix|authority|level|owner|area, not " + entry);
    }
    return new Issuer(parts[0], parts[1], parts[2], parts[3], parts[4]);
  }

  private static Topic topic(String tag, List<String> phrases, List<PolicySeed> documents) {
    Map<String, Section> sections = new LinkedHashMap<>();
    Map<String, Integer> related = new LinkedHashMap<>();
    for (PolicySeed document : documents) {
      if (!document.tags().contains(tag)) {
        continue;
      }
      document.tags().stream().filter(other -> !other.equals(tag)).forEach(other -> related.merge(other, 1, Integer::sum));
      if (!"INTERPRETATION".equals(document.type()) && !"QA".equals(document.type())) {
        sectionsOf(document).forEach(section -> sections.putIfAbsent(section.text(), section));
      }
    }
    if (sections.isEmpty()) {
      throw new IllegalStateException("content pack source " + FILE + ": no pack document writes about " + tag);
    }
    List<String> byShare = related.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .map(Map.Entry::getKey)
        .toList();
    return new Topic(tag, List.copyOf(phrases), List.copyOf(sections.values()), byShare);
  }

  /**
   * The numbered sections ({@code 一、…}) of a document with their paragraphs, up to the
   * signature; a section citing a document number is left out, so that no generated document
   * answers a document-number query.
   */
  private static List<Section> sectionsOf(PolicySeed document) {
    List<Section> sections = new ArrayList<>();
    String heading = null;
    StringBuilder text = new StringBuilder();
    boolean clean = true;
    for (String paragraph : document.paragraphs()) {
      Matcher next = HEADING.matcher(paragraph);
      boolean end = paragraph.equals(document.authority());
      if ((next.matches() || end) && heading != null && clean && !text.isEmpty()) {
        sections.add(new Section(heading, text.toString()));
      }
      if (end) {
        break;
      }
      if (next.matches()) {
        heading = next.group(1);
        text.setLength(0);
        clean = true;
      } else if (heading != null) {
        clean &= !SKIPPED.matcher(paragraph).matches();
        text.append(text.isEmpty() ? "" : "\n").append(paragraph);
      }
    }
    if (heading != null && clean && !text.isEmpty() && !document.paragraphs().contains(document.authority())) {
      sections.add(new Section(heading, text.toString()));
    }
    return sections;
  }
}
