/**
 * The learning record (学习档案): per learner and year, what they completed and earned — courses (tracking), tests
 * (quiz), and training sessions (schedule, to be added as one more {@link org.zhixing.transcript.control.RecordSource})
 * — with credit hours by source, as JSON and as a PDF in Chinese. Learners read their own, admins those of learners in
 * their subtree. No feature depends on it.
 */
package org.zhixing.transcript.boundary;
