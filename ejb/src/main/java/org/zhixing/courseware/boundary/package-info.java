/**
 * The courseware feature's use cases: {@link org.zhixing.courseware.boundary.CourseEditor} builds and publishes
 * courses, {@link org.zhixing.courseware.boundary.CourseCatalog} serves them to learners, managers and the tracking
 * feature ({@link org.zhixing.courseware.boundary.LessonDefinition} holds the lesson-key and fingerprint contract).
 */
package org.zhixing.courseware.boundary;
