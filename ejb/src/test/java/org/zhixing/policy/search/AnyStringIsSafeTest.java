package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever lands in the search box, the engine answers: no parser, so no syntax errors, and no crashes. */
class AnyStringIsSafeTest {

  private static final String SYNTAX = "+-&&||!(){}[]^\"~*?:\\/ AND OR NOT TO";
  private static final String CHINESE = "软弱涣散村党组织第一书记两委换届五星支部集体经济豫组〔〕（）【】“”「」《》，。、；：？！　";
  private static final String[] ODD = {
    "\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u200b", "\u200e", "\u2028", "\ufeff",
    "\ud800", "\udfff", "\ud83d\ude00", "\ud83d", "\ude00", "\ue000", "\uffff", "\ufffd", "e\u0301", "\u0663",
    "ﬁ", "Ⅻ", "①", "㈱", "ｱ", "\ud840\udc00"
  };

  private static LucenePolicySearchEngine engine;

  @BeforeAll
  static void index() {
    engine = Engines.inMemoryWith(SamplePolicies.all());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void anyStringIsSafe() {
    var random = new Random(20_251_125L);
    for (int i = 0; i < 3_000; i++) {
      String typed = randomText(random, random.nextInt(10) == 0 ? 2_000 : 40);
      assertThatCode(() -> useEverywhere(typed, random))
          .as("input #%d %s", i, escaped(typed))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void hugeInputsAreCutNotChoked() {
    String huge = "软弱涣散村 \"第一书记\" 豫组〔2022〕12号 ".repeat(50_000);
    long start = System.nanoTime();

    var result = engine.search(PolicyQuery.of(huge));
    engine.suggest(huge, true, 10);
    engine.highlightBody(SamplePolicies.WEAK_VILLAGES, huge);

    assertThat(result.hits()).isNotNull();
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
  }

  @Test
  void queryOperatorsAreJustText() {
    assertThat(Engines.idsFor(engine, "换届 AND NOT 王庄")).isEmpty();
    assertThat(Engines.idsFor(engine, "换届*")).contains(SamplePolicies.ELECTION);
    assertThat(Engines.idsFor(engine, "title:换届 OR body:(王庄~2)")).isEmpty();
    assertThat(Engines.idsFor(engine, "\"")).hasSize(7);
  }

  private static void useEverywhere(String typed, Random random) {
    PolicySort sort = random.nextBoolean() ? PolicySort.RELEVANCE : PolicySort.NEWEST;
    var query = new PolicyQuery(typed, null, null, null, null, null, null, random.nextBoolean(), sort,
        random.nextInt(3), 1 + random.nextInt(10));
    PolicySearchResult result = engine.search(query);
    assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
    engine.suggest(typed, random.nextBoolean(), 5);
    engine.highlightBody(1 + random.nextInt(8), typed);
  }

  private static String randomText(Random random, int maxLength) {
    var text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    while (text.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        case 1 -> text.append(CHINESE.charAt(random.nextInt(CHINESE.length())));
        case 2 -> text.append(ODD[random.nextInt(ODD.length)]);
        case 3 -> text.append((char) random.nextInt(0x10000));
        case 4 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        default -> text.append((char) (' ' + random.nextInt(95)));
      }
    }
    return text.toString();
  }

  private static String escaped(String text) {
    var out = new StringBuilder();
    text.chars().limit(80).forEach(c -> out.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : (char) c));
    return out.toString();
  }
}
