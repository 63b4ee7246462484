/**
 * The tracking feature's use cases: {@link org.zhixing.tracking.boundary.LearningProgress} records batches of player
 * events and answers lesson and course progress; the web module's {@code ProgressResource} serves them under
 * {@code /api/progress}.
 */
package org.zhixing.tracking.boundary;
