package org.zhixing.content;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The named word lists of a sectioned source file, drawn from uniformly (weights are copies). */
final class WordLists {

  private final String file;
  private final Map<String, List<String>> sections;

  private WordLists(String file, Map<String, List<String>> sections) {
    this.file = file;
    this.sections = sections;
  }

  static WordLists read(String file) {
    return new WordLists(file, SourceFiles.sections(file));
  }

  String pick(String section, Random random) {
    List<String> words = list(section);
    return words.get(random.nextInt(words.size()));
  }

  List<String> list(String section) {
    List<String> words = sections.get(section);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("content pack source " + file + " lacks a non-empty [" + section + "]");
    }
    return words;
  }
}
