package org.zhixing.quiz.boundary;

import org.zhixing.quiz.entity.QuestionContent;

/**
 * A question of a bank as stored: its id, bank and content, read while the transaction was open, and the signed link
 * to its image (relative to the application's root), or null.
 */
public record StoredQuestion(long id, long bankId, QuestionContent content, String imageLink) {}
