/**
 * Courseware: courses as trainers build them and learners take them — a {@link
 * org.zhixing.courseware.entity.Course} with numbered versions ({@link org.zhixing.courseware.entity.CourseRevision})
 * that go draft → submitted → published → retired, and ordered {@link org.zhixing.courseware.entity.Lesson}s whose
 * stable key and content fingerprint let learners keep their progress across versions — and the media assets
 * trainers upload, with what processing found out about them.
 */
package org.zhixing.courseware.entity;
