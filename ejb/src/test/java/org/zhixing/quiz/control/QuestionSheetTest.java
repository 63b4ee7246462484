package org.zhixing.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.platform.sheet.SheetRows;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;
import org.zhixing.quiz.entity.TestQuestions;

class QuestionSheetTest {

  private static final List<String> HEADERS =
      List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "解析", "难度", "标签");

  @TempDir Path folder;

  @Test
  void theTrainersLayoutReadsIntoQuestionsOfEveryType() {
    QuestionSheet sheet = sheet(
        row("单选题", "“五星”支部创建中，哪一星是基础？", "支部过硬星", "产业兴旺星", "", "", "", "", "A", "支部过硬是基础", "易", "star:支部过硬"),
        row("多选", "下列属于村“两委”的有？", "党支部委员会", "村民委员会", "合作社", "", "", "", "A、B", "", "2", "star:支部过硬，policy:12"),
        row("判断题", "驻村第一书记由县委组织部选派。", "", "", "", "", "", "", "√", "", "中", ""),
        row("填空题", "五星支部中“____”星强调生态。", "", "", "", "", "", "", "生态宜居|生态宜居星", "", "3", "course:5"),
        row("简答题", "谈谈如何创建产业兴旺星。", "", "", "", "", "", "", "发展集体经济", "", "难", ""));

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.dataRows()).isEqualTo(5);
    assertThat(sheet.rows()).extracting(r -> r.content().type(), r -> r.content().difficulty())
        .containsExactly(
            tuple(QuestionType.SINGLE_CHOICE, 1),
            tuple(QuestionType.MULTIPLE_CHOICE, 2),
            tuple(QuestionType.TRUE_FALSE, 3),
            tuple(QuestionType.FILL_IN, 3),
            tuple(QuestionType.SHORT_ANSWER, 5));
    QuestionContent multiple = sheet.rows().get(1).content();
    assertThat(multiple.options()).containsExactly("党支部委员会", "村民委员会", "合作社");
    assertThat(multiple.tags()).containsExactlyInAnyOrder("star:支部过硬", "policy:12");
  }

  @Test
  void everyProblemOfEveryRowIsReportedWithItsRowAndColumn() {
    QuestionSheet sheet = sheet(
        row("单选题", "", "甲", "", "", "", "", "", "C", "", "7", ""),
        row("问卷题", "什么？", "", "", "", "", "", "", "A", "", "", ""),
        row("判断题", "一加一等于二。", "", "", "", "", "", "", "也许", "", "", ""),
        row("", "", "", "", "", "", "", "", "", "", "", ""),
        row("单选题", "重复的题？", "甲", "乙", "", "", "", "", "A", "", "", ""),
        row("单选", "重复的题？", "甲", "乙", "", "", "", "", "B", "", "", ""));

    assertThat(sheet.dataRows()).as("the blank row is skipped").isEqualTo(5);
    assertThat(sheet.rows()).extracting(QuestionSheet.Row::number).containsExactly(6);
    assertThat(sheet.problems()).extracting(QuestionRowProblem::row, QuestionRowProblem::column, QuestionRowProblem::code)
        .containsExactly(
            tuple(2, QuestionColumn.STEM, "missing-stem"),
            tuple(2, QuestionColumn.OPTION_A, "too-few-options"),
            tuple(2, QuestionColumn.ANSWER, "answer-not-an-option"),
            tuple(2, QuestionColumn.DIFFICULTY, "invalid-difficulty"),
            tuple(3, QuestionColumn.TYPE, "unknown-type"),
            tuple(4, QuestionColumn.ANSWER, "invalid-true-false"),
            tuple(7, QuestionColumn.STEM, "duplicate-in-sheet"));
    assertThat(sheet.problems().get(4).value()).isEqualTo("问卷题");
    assertThat(sheet.problems().get(6).value()).as("the first row with it").isEqualTo("6");
  }

  @Test
  void headersAreRecognizedInOtherWordingsAndWidthsAndTheRequiredOnesMustBeThere() {
    QuestionSheet sheet = new QuestionSheet();
    sheet.row(1, List.of("题目类型", "题目内容（必填）", "Ａ", "Ｂ", "正确答案", "难度(1-5)"));
    sheet.row(2, List.of("单选", "哪个对？", "这个", "那个", "Ａ", "１"));

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows().getFirst().content().answer()).containsExactly("Ａ");

    assertThatThrownBy(() -> new QuestionSheet().row(1, List.of("题干", "解析")))
        .isInstanceOf(MissingQuestionColumnsException.class)
        .hasMessageContaining("题型")
        .hasMessageContaining("答案");
  }

  @Test
  void anExportReadsBackAsTheSameQuestions() throws IOException {
    List<QuestionContent> questions = List.of(
        new QuestionContent(QuestionType.MULTIPLE_CHOICE, "多选？", List.of("甲", "乙", "丙", "丁", "戊", "己"), List.of("ACF"),
            "解析文字", null, 4, Set.of("star:产业兴旺", "course:3")),
        new QuestionContent(QuestionType.TRUE_FALSE, "判断？", List.of(), List.of("F"), null, null, 1, Set.of()),
        new QuestionContent(QuestionType.FILL_IN, "填空 ____ 和 ____", List.of(), List.of("一|壹", "二"), null, null, 2, Set.of()),
        new QuestionContent(QuestionType.SHORT_ANSWER, "简答？", List.of(), List.of("参考答案"), null, "评分要点", 5, Set.of()));
    Path file = folder.resolve("export.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      QuestionSheetWriter.write(questions, out);
    }

    var sheet = new QuestionSheet();
    SheetRows.read(file, "export.xlsx", sheet::row);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(row -> saved(row.content())).containsExactlyElementsOf(
        questions.stream().map(QuestionSheetTest::saved).toList());
  }

  /** The content as a saved question gives it back: answers in canonical form (对 is T). */
  private static QuestionContent saved(QuestionContent content) {
    return TestQuestions.of(1, content).content();
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  @SafeVarargs
  private static QuestionSheet sheet(List<String>... rows) {
    var sheet = new QuestionSheet();
    sheet.row(1, HEADERS);
    for (int i = 0; i < rows.length; i++) {
      sheet.row(i + 2, rows[i]);
    }
    return sheet;
  }
}
