/**
 * Storage and rules behind the courseware boundary: loading courses and their versions, deciding who may manage,
 * review and take a course, and resolving the assets lessons show.
 */
package org.zhixing.courseware.control;
