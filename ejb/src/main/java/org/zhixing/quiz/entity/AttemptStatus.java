package org.zhixing.quiz.entity;

/** Where an attempt stands: being taken, submitted with short answers still to grade, or fully graded. */
public enum AttemptStatus {
  OPEN,
  AWAITING_GRADING,
  GRADED
}
