package org.zhixing.content;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes the body of a generated document: the demo marker, an opening, numbered sections taken
 * whole from pack documents of its topic (one in five from a related topic), and the signature.
 */
final class GeneratedBody {

  private static final String NUMERALS = "一二三四五六七八九十";
  private static final int SHORTEST = 1_800;
  private static final int SPREAD = 500;
  private static final int LONGEST = 2_900;
  private static final int ATTEMPTS = 40;

  private GeneratedBody() {}

  static String write(GeneratorVocabulary vocabulary, GeneratorVocabulary.Topic topic,
                      GeneratorVocabulary.Issuer issuer, PolicyCorpusGenerator.Head head, String subject,
                      Random random) {
    StringBuilder body = new StringBuilder(LONGEST + 200);
    body.append(PolicySeed.DEMO_MARKER).append('\n').append(opening(head.type(), subject, issuer.area()));
    int target = SHORTEST + random.nextInt(SPREAD);
    Set<String> headings = new HashSet<>();
    int section = 0;
    for (int attempt = 0; attempt < ATTEMPTS && body.length() < target; attempt++) {
      GeneratorVocabulary.Topic source = random.nextInt(5) == 0 ? vocabulary.neighbour(topic, random) : topic;
      GeneratorVocabulary.Section next = PolicyCorpusGenerator.pick(source.sections(), random);
      if (body.length() + next.text().length() + 12 > LONGEST || !headings.add(next.heading())) {
        continue;
      }
      section++;
      body.append('\n').append(numeral(section)).append('、').append(next.heading()).append('\n').append(next.text());
    }
    if (!"INTERPRETATION".equals(head.type()) && !"QA".equals(head.type())) {
      body.append('\n').append(issuer.authority()).append('\n').append(head.date().getYear()).append('年')
          .append(head.date().getMonthValue()).append('月').append(head.date().getDayOfMonth()).append('日');
    }
    return body.toString();
  }

  /** 一 … 九十九. */
  static String numeral(int number) {
    if (number <= 10) {
      return String.valueOf(NUMERALS.charAt(number - 1));
    }
    String tens = number >= 20 ? String.valueOf(NUMERALS.charAt(number / 10 - 1)) : "";
    String units = number % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(number % 10 - 1));
    return tens + "十" + units;
  }

  private static String opening(String type, String subject, String area) {
    String purpose = "为" + subject + "工作，根据上级有关部署，结合" + area + "实际，";
    return switch (type) {
      case "NOTICE" -> purpose + "现就有关事项通知如下。";
      case "OPINION" -> purpose + "提出如下意见。";
      case "MEASURES" -> purpose + "制定本办法。";
      case "RULES" -> purpose + "制定本细则。";
      case "STANDARD" -> purpose + "制定本规范。";
      case "PLAN" -> purpose + "制定本方案。";
      case "INTERPRETATION" -> "围绕" + subject + "工作，现就基层关心的政策问题解读如下。";
      default -> "围绕" + subject + "工作，现将基层反映较多的问题解答如下。";
    };
  }
}
