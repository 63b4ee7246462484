package org.zhixing.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the pack's hand-written source files from the classpath, next to this class.
 *
 * <p>All are UTF-8 text in which blank lines and lines starting with {@code #} say nothing. Two
 * shapes exist besides {@code pack.properties}: TSV tables (one row per line) and sectioned word
 * lists ({@code [section]} followed by space-separated entries). A tiny reader beats a JSON
 * library here: the module must stay free of runtime dependencies.
 */
final class SourceFiles {

  private SourceFiles() {}

  /** The meaningful lines of a file, numbered as in the file. */
  static List<SourceLine> lines(String file) {
    List<SourceLine> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(open(file))) {
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(new SourceLine(file, number, stripped));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read content pack source " + file, e);
    }
    return lines;
  }

  /**
   * The sections of a word-list file in file order. An entry {@code word:n} stands for n copies
   * of the word, so that weighted draws stay a plain uniform pick.
   */
  static Map<String, List<String>> sections(String file) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (SourceLine line : lines(file)) {
      if (line.text().startsWith("[") && line.text().endsWith("]")) {
        current = new ArrayList<>();
        if (sections.put(line.text().substring(1, line.text().length() - 1), current) != null) {
          throw line.error("section " + line.text() + " appears twice");
        }
      } else if (current == null) {
        throw line.error("entries before the first [section]");
      } else {
        for (String entry : line.text().split("\\s+")) {
          addWeighted(current, entry, line);
        }
      }
    }
    return sections;
  }

  static Properties properties(String file) {
    Properties properties = new Properties();
    try (Reader reader = open(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read content pack source " + file, e);
    }
    return properties;
  }

  private static void addWeighted(List<String> entries, String entry, SourceLine line) {
    int colon = entry.indexOf(':');
    if (colon < 0) {
      entries.add(entry);
      return;
    }
    try {
      int weight = Integer.parseInt(entry.substring(colon + 1));
      entries.addAll(Collections.nCopies(weight, entry.substring(0, colon)));
    } catch (NumberFormatException e) {
      throw line.error("bad weight in " + entry);
    }
  }

  private static Reader open(String file) {
    InputStream in = SourceFiles.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("content pack source " + file + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
