package org.zhixing.quiz.boundary;

/**
 * A learner passed a test that a course requires for completion (fired in the grading transaction). Tracking observes
 * it: a learner who finished the lessons first completes the course now. Quiz knows nothing of tracking; the event is
 * how the answer travels back without a cycle between the two features.
 */
public record CourseTestPassed(String learner, String orgUnitCode, long courseId) {}
