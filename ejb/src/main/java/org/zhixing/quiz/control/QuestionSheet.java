package org.zhixing.quiz.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhixing.platform.sheet.HeaderKey;
import org.zhixing.quiz.entity.AnswerText;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/**
 * Checks a question sheet in the trainers' layout row by row, before anything is written: each row becomes a question
 * or the list of what is wrong with it, every problem of a row at once. A question twice in one sheet (same type and
 * stem) is a copy-paste slip and a problem of the second row. Fed one row at a time, the header row first.
 */
public final class QuestionSheet {

  /** The columns a sheet cannot do without. */
  static final List<QuestionColumn> REQUIRED = List.of(QuestionColumn.TYPE, QuestionColumn.STEM, QuestionColumn.ANSWER);

  private static final Pattern BLANKS = Pattern.compile("[;；\\n]+");
  private static final Pattern TAGS = Pattern.compile("[,，;；、\\s]+");
  private static final Map<String, QuestionType> TYPES = types();
  private static final Map<String, Integer> DIFFICULTIES = Map.of(
      "易", 1, "容易", 1, "简单", 1, "较易", 2, "中", 3, "中等", 3, "一般", 3, "较难", 4, "难", 5, "困难", 5);

  /** A row that passed. */
  public record Row(int number, QuestionContent content) {}

  private final Map<QuestionColumn, Integer> columns = new EnumMap<>(QuestionColumn.class);
  private final List<Row> rows = new ArrayList<>();
  private final List<QuestionRowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private boolean sawHeader;
  private int dataRows;

  /** Takes the sheet's rows as {@link org.zhixing.platform.sheet.SheetRows} reads them, the header row first. */
  public void row(int number, List<String> cells) {
    if (sawHeader) {
      question(number, cells);
    } else {
      headers(cells);
      sawHeader = true;
    }
  }

  public boolean sawHeader() {
    return sawHeader;
  }

  /** Recognizes the columns; refuses the sheet when a required one is missing. */
  private void headers(List<String> headerRow) {
    for (int i = 0; i < headerRow.size(); i++) {
      String key = HeaderKey.of(headerRow.get(i));
      int at = i;
      Arrays.stream(QuestionColumn.values()).filter(c -> c.isNamed(key)).findFirst().ifPresent(c -> columns.putIfAbsent(c, at));
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).map(QuestionColumn::header).toList();
    if (!missing.isEmpty()) {
      throw new MissingQuestionColumnsException(missing);
    }
  }

  /** Checks one data row; blank rows are skipped. */
  private void question(int number, List<String> cells) {
    if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
      return;
    }
    dataRows++;
    int before = problems.size();
    String typeCell = cell(cells, QuestionColumn.TYPE);
    QuestionType type = TYPES.get(AnswerText.normalize(typeCell));
    if (type == null && !typeCell.isEmpty()) {
      problems.add(new QuestionRowProblem(number, QuestionColumn.TYPE, "unknown-type", typeCell));
    }
    int difficulty = difficulty(cell(cells, QuestionColumn.DIFFICULTY));
    QuestionContent content = new QuestionContent(type, cell(cells, QuestionColumn.STEM), options(cells),
        answer(type, cell(cells, QuestionColumn.ANSWER)), cell(cells, QuestionColumn.EXPLANATION),
        cell(cells, QuestionColumn.RUBRIC), difficulty, tags(cells));
    for (QuestionContent.Problem problem : content.problems()) {
      if (!(problem == QuestionContent.Problem.MISSING_TYPE && type == null && !typeCell.isEmpty())) {
        QuestionColumn column = columnOf(problem);
        problems.add(new QuestionRowProblem(number, column, problem.slug(), column == null ? "" : cell(cells, column)));
      }
    }
    Integer first = seen.putIfAbsent(type + "\u0000" + AnswerText.normalize(content.stem()), number);
    if (first != null) {
      problems.add(new QuestionRowProblem(number, QuestionColumn.STEM, "duplicate-in-sheet", first.toString()));
    }
    if (problems.size() == before) {
      rows.add(new Row(number, content));
    }
  }

  public int dataRows() {
    return dataRows;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public List<QuestionRowProblem> problems() {
    return List.copyOf(problems);
  }

  private String cell(List<String> cells, QuestionColumn column) {
    Integer at = columns.get(column);
    return at == null || at >= cells.size() || cells.get(at) == null ? "" : cells.get(at).strip();
  }

  /** The option cells up to the last filled one, so that a gap (A, B, D) shows as a too-few-options problem. */
  private List<String> options(List<String> cells) {
    List<String> all = QuestionColumn.OPTIONS.stream().map(column -> cell(cells, column)).toList();
    int last = all.size();
    while (last > 0 && all.get(last - 1).isEmpty()) {
      last--;
    }
    return all.subList(0, last);
  }

  /** A fill-in answer has blanks split by ； and variants by |; every other answer is one text. */
  private static List<String> answer(QuestionType type, String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return type == QuestionType.FILL_IN ? List.of(BLANKS.split(cell)) : List.of(cell);
  }

  /** 1–5, or 易/中/难 and their synonyms; an empty cell is medium (3); anything else 0, which is a problem. */
  private static int difficulty(String cell) {
    if (cell.isEmpty()) {
      return 3;
    }
    String key = AnswerText.normalize(cell);
    return key.matches("[1-5]") ? Integer.parseInt(key) : DIFFICULTIES.getOrDefault(key, 0);
  }

  private Set<String> tags(List<String> cells) {
    var tags = new LinkedHashSet<String>();
    for (String tag : TAGS.split(cell(cells, QuestionColumn.TAGS))) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    return tags;
  }

  private static QuestionColumn columnOf(QuestionContent.Problem problem) {
    return switch (problem) {
      case MISSING_TYPE -> QuestionColumn.TYPE;
      case MISSING_STEM, STEM_TOO_LONG -> QuestionColumn.STEM;
      case TOO_FEW_OPTIONS, TOO_MANY_OPTIONS, OPTION_TOO_LONG, OPTIONS_NOT_ALLOWED -> QuestionColumn.OPTION_A;
      case MISSING_ANSWER, ANSWER_NOT_AN_OPTION, SINGLE_CHOICE_WITH_SEVERAL_ANSWERS, INVALID_TRUE_FALSE ->
          QuestionColumn.ANSWER;
      case INVALID_DIFFICULTY -> QuestionColumn.DIFFICULTY;
      case TAG_TOO_LONG -> QuestionColumn.TAGS;
    };
  }

  /** The names a type goes by in sheets, normalized; the export writes the first of each. */
  private static Map<String, QuestionType> types() {
    var types = new HashMap<String, QuestionType>();
    typeNames().forEach((type, names) -> names.forEach(name -> types.put(AnswerText.normalize(name), type)));
    return types;
  }

  static Map<QuestionType, List<String>> typeNames() {
    var names = new EnumMap<QuestionType, List<String>>(QuestionType.class);
    names.put(QuestionType.SINGLE_CHOICE, List.of("单选题", "单选", "单项选择题", "单项选择", "single"));
    names.put(QuestionType.MULTIPLE_CHOICE, List.of("多选题", "多选", "多项选择题", "多项选择", "multiple"));
    names.put(QuestionType.TRUE_FALSE, List.of("判断题", "判断", "是非题", "true/false"));
    names.put(QuestionType.FILL_IN, List.of("填空题", "填空", "fill-in"));
    names.put(QuestionType.SHORT_ANSWER, List.of("简答题", "简答", "问答题", "论述题", "short answer"));
    return names;
  }

  /** The name an export writes for a type. */
  public static String typeName(QuestionType type) {
    return typeNames().get(type).getFirst();
  }
}
