package org.zhixing.quiz.boundary;

/** Whether a bank is shared with the units below its owner. */
public record ShareRequest(boolean shared) {}
