package org.zhixing.quiz.boundary;

import org.zhixing.quiz.entity.QuestionBank;

/** A bank as its list shows it: how many questions, and whether the caller may edit it or only draw from it. */
public record BankSummary(QuestionBank bank, long questions, boolean editable, boolean shareable) {}
