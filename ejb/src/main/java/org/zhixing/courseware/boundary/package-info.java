/**
 * The courseware feature's use cases. {@link org.zhixing.courseware.boundary.CourseEditor} builds and publishes
 * courses; {@link org.zhixing.courseware.boundary.CourseCatalog} serves them to learners, managers and the tracking
 * feature ({@link org.zhixing.courseware.boundary.LessonDefinition} holds the lesson-key and fingerprint contract);
 * {@link org.zhixing.courseware.boundary.AssetCatalog} registers and finds media assets within the caller's scope and
 * signs media links that let a player fetch without a bearer token.
 */
package org.zhixing.courseware.boundary;
