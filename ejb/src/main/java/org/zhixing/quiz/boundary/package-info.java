/**
 * The quiz feature's use cases: {@link org.zhixing.quiz.boundary.QuestionBanks} (banks, questions, sheets in and
 * out), {@link org.zhixing.quiz.boundary.Papers} (defining and publishing papers, the papers offered to a learner),
 * {@link org.zhixing.quiz.boundary.Attempts} (taking a paper against the server's clock) and
 * {@link org.zhixing.quiz.boundary.Grading} (the trainers' queue of short answers).
 */
package org.zhixing.quiz.boundary;
