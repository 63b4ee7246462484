package org.zhixing.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one policy source file: documents one after another, each a {@code @@ KEY} line, its
 * {@code field: value} header, a {@code --} line and then its body, one paragraph a line.
 *
 * <p>As in the pack's other sources, blank lines and lines starting with {@code #} say nothing,
 * so no paragraph may start with {@code #}.
 */
final class PolicySource {

  static final String DIRECTORY = "policy/";
  static final List<String> FIELDS = List.of("number", "title", "authority", "level", "date", "status",
      "supersededBy", "type", "tags", "audience", "owner");

  private static final String START = "@@ ";
  private static final String END_OF_HEADER = "--";

  private PolicySource() {}

  static List<PolicySeed> read(String file) {
    return parse(SourceFiles.lines(DIRECTORY + file));
  }

  static List<PolicySeed> parse(List<SourceLine> lines) {
    List<PolicySeed> documents = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      SourceLine start = lines.get(i);
      if (!start.text().startsWith(START)) {
        throw start.error("expected a document start \"@@ KEY\", found: " + start.text());
      }
      String key = start.text().substring(START.length()).strip();
      Map<String, String> header = new LinkedHashMap<>();
      i++;
      while (i < lines.size() && !lines.get(i).text().equals(END_OF_HEADER)) {
        readField(lines.get(i), header);
        i++;
      }
      if (i == lines.size()) {
        throw start.error("document " + key + " has no \"--\" line after its header");
      }
      i++;
      List<String> paragraphs = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).text().startsWith(START)) {
        paragraphs.add(lines.get(i).text());
        i++;
      }
      documents.add(document(start, key, header, paragraphs));
    }
    return documents;
  }

  private static void readField(SourceLine line, Map<String, String> header) {
    int colon = line.text().indexOf(':');
    if (colon < 0) {
      throw line.error("expected \"field: value\" in the header, found: " + line.text());
    }
    String field = line.text().substring(0, colon).strip();
    if (!FIELDS.contains(field)) {
      throw line.error("unknown header field " + field + "; known: " + FIELDS);
    }
    if (header.put(field, line.text().substring(colon + 1).strip()) != null) {
      throw line.error("header field " + field + " appears twice");
    }
  }

  private static PolicySeed document(SourceLine start, String key, Map<String, String> header,
                                     List<String> paragraphs) {
    List<String> missing = FIELDS.stream().filter(field -> !header.containsKey(field)).toList();
    if (!missing.isEmpty()) {
      throw start.error("document " + key + " lacks header fields " + missing);
    }
    try {
      return new PolicySeed(key, orNull(header.get("number")), header.get("title"), header.get("authority"),
          header.get("level"), LocalDate.parse(header.get("date")), header.get("status"),
          orNull(header.get("supersededBy")), header.get("type"), tags(header.get("tags")),
          String.join("\n", paragraphs), header.get("audience"), header.get("owner"));
    } catch (DateTimeParseException e) {
      throw start.error("document " + key + " has a date that is not yyyy-MM-dd: " + header.get("date"));
    } catch (IllegalArgumentException e) {
      throw start.error(e.getMessage());
    }
  }

  private static String orNull(String value) {
    return "-".equals(value) ? null : value;
  }

  private static List<String> tags(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
  }
}
