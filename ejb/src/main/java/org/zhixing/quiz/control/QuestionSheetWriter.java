package org.zhixing.quiz.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/**
 * Writes questions as a sheet in the trainers' layout, which {@link QuestionSheet} reads back unchanged: a bank can
 * go out to Excel, be corrected, and come in again. Streams, so a large bank never sits in memory as a workbook.
 */
public final class QuestionSheetWriter {

  private QuestionSheetWriter() {}

  public static void write(Iterable<QuestionContent> questions, OutputStream out) throws IOException {
    try (var workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("题库");
      List<QuestionColumn> columns = List.of(QuestionColumn.values());
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(columns.get(i).header());
      }
      int number = 1;
      for (QuestionContent question : questions) {
        Row row = sheet.createRow(number++);
        List<String> cells = cells(question);
        for (int i = 0; i < cells.size(); i++) {
          row.createCell(i).setCellValue(cells.get(i));
        }
      }
      workbook.write(out);
    }
  }

  /** The cells of one question in {@link QuestionColumn} order. */
  static List<String> cells(QuestionContent question) {
    var cells = new ArrayList<String>();
    cells.add(QuestionSheet.typeName(question.type()));
    cells.add(question.stem());
    for (int i = 0; i < QuestionColumn.OPTIONS.size(); i++) {
      cells.add(i < question.options().size() ? question.options().get(i) : "");
    }
    cells.add(answerCell(question));
    cells.add(nullToEmpty(question.explanation()));
    cells.add(Integer.toString(question.difficulty()));
    cells.add(String.join("，", question.tags().stream().sorted().toList()));
    cells.add(nullToEmpty(question.rubric()));
    return cells;
  }

  private static String answerCell(QuestionContent question) {
    if (question.type() == QuestionType.TRUE_FALSE) {
      return "T".equals(question.answer().getFirst()) ? "对" : "错";
    }
    return String.join(question.type() == QuestionType.FILL_IN ? "；" : "\n", question.answer());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
