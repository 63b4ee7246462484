package org.zhixing.quiz.boundary;

/** The test a course requires for completion (the first published one, when a course has several). */
public record RequiredTest(long paperId, String title) {}
