package org.zhixing.quiz.boundary;

import java.time.Instant;
import org.zhixing.quiz.entity.QuestionBank;

/** A bank in a list or on its page; {@code editable} false means shared from above (draw from it, do not edit). */
public record BankView(
    long id, String name, String ownerUnitCode, boolean shared, long questionCount, boolean editable, boolean shareable,
    String createdBy, Instant createdAt) {

  static BankView of(BankSummary summary) {
    QuestionBank bank = summary.bank();
    return new BankView(bank.id(), bank.name(), bank.ownerUnitCode(), bank.shared(), summary.questions(),
        summary.editable(), summary.shareable(), bank.createdBy(), bank.createdAt());
  }
}
