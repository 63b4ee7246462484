/**
 * Quizzes and exams (学懂弄通 checked, not assumed): question banks owned by an org unit, the questions in them and how
 * each is graded, papers (fixed or drawn by rule) with their clock and pass rules, and attempts with the learner's
 * answers. An attempt's deadline is the server's; nothing here trusts a client clock.
 */
package org.zhixing.quiz.entity;
