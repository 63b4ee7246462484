/**
 * How the quiz feature does its work: who may edit and use banks and papers, drawing a paper's questions by its rules,
 * the per-attempt option order, the trainers' question sheets in and out, the deadline sweep and credit hours.
 */
package org.zhixing.quiz.control;
